package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	// labeled break from switch inside for
	count := 0
loop:
	for {
		switch {
		case count >= 3:
			break loop
		default:
			count++
		}
	}
	fmt.Println("count", count)
	// labeled continue in range
	words := []string{"apple", "bob", "kayak", "go", "level"}
	var pals []string
next:
	for _, w := range words {
		for i := 0; i < len(w)/2; i++ {
			if w[i] != w[len(w)-1-i] {
				continue next
			}
		}
		pals = append(pals, w)
	}
	fmt.Println(pals)
	// triple nesting
	found := false
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c && a+b+c == 24 {
					fmt.Println("triple", a, b, c)
					found = true
					break search
				}
			}
		}
	}
	fmt.Println(found)
}
