package main

import "fmt"

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

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		if c >= '0' && c <= '9' {
			return "digit"
		}
		return "consonant"
	}
}

func val(name string, v int) int {
	fmt.Print("eval ", name, "; ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi 2u") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	// case expressions evaluated top to bottom, left to right, until match
	switch val("tag", 3) {
	case val("a", 1), val("b", 2):
		fmt.Println("no")
	case val("c", 3), val("d", 4):
		fmt.Println("matched c")
	case val("e", 3):
		fmt.Println("no")
	}
	// default in middle
	switch x := 5; x {
	case 1:
		fmt.Println("one")
	default:
		fmt.Println("default")
	case 2:
		fmt.Println("two")
	}
	// switch with break
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("breaking switch at", i)
			break
		}
		fmt.Println("after switch", i)
	}
	// switch on strings
	for _, cmd := range []string{"go", "stop", "", "GO"} {
		switch cmd {
		case "go":
			fmt.Println("going")
		case "stop":
			fmt.Println("stopping")
		case "":
			fmt.Println("empty")
		default:
			fmt.Println("unknown", cmd)
		}
	}
	// switch with no condition and init
	switch y := 10; {
	case y > 5:
		fmt.Println("y big")
	}
	// switch on types of values with interface tag
	var e interface{} = 3
	switch e {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
}
