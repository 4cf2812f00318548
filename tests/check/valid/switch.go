// Expression switches: init statements, no condition, fallthrough, lists.
package main

import (
	"fmt"
	"strings"
)

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	}
	if r >= '0' && r <= '9' {
		return "digit"
	}
	return "consonant"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-less")
		fallthrough
	case 2:
		out = append(out, "two-or-less")
	case 3:
		out = append(out, "three")
	default:
		out = append(out, "big")
	}
	return out
}

func calls() {
	f := func(s string) string { fmt.Print("eval ", s, "; "); return s }
	switch f("x") {
	case f("a"), f("b"):
		fmt.Println("matched a or b")
	case f("x"):
		fmt.Println("matched x")
	case f("y"):
		fmt.Println("matched y")
	}
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, r := range "a1 b" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	for n := 0; n <= 4; n++ {
		fmt.Println(n, fall(n))
	}
	switch x := strings.ToUpper("go"); x {
	case "GO":
		fmt.Println("upper go")
	case "go":
		fmt.Println("lower go")
	}
	calls()
	for i := 0; i < 6; i++ {
		switch {
		case i%2 == 0:
			if i == 4 {
				break
			}
			fmt.Print("even", i, " ")
		default:
			fmt.Print("odd", i, " ")
		}
	}
	fmt.Println()
	switch {
	}
	var v interface{} = 3
	switch v {
	case "3":
		fmt.Println("string 3")
	case 3:
		fmt.Println("int 3")
	}
	type T struct{ a int }
	switch (T{1}) {
	case T{0}:
		fmt.Println("zero T")
	case T{1}:
		fmt.Println("one T")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100")
	default:
		fmt.Println("default")
	}
}
