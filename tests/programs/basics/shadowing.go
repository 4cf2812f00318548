package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 42
		x++
		fmt.Println("block:", x)
	}
	if x := 3.5; x > 3 {
		fmt.Println("if:", x)
	} else {
		fmt.Println("else:", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for:", x)
	}
	switch x := len(x); x {
	case 4:
		fmt.Println("switch:", x)
	}
	fmt.Println(x)
	show()
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		fmt.Println(err)
	}
	fmt.Println(err)
}
