// Scopes and shadowing.
package main

import (
	"fmt"
	"strconv"
)

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	if x := 42; x > 40 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	fmt.Println(x)

	n, err := strconv.Atoi("12")
	if err == nil {
		n, err := strconv.Atoi("bad") // shadows both
		fmt.Println("inner", n, err != nil)
	}
	fmt.Println("outer", n, err)

	m, err := strconv.Atoi("34") // err reused, m new
	fmt.Println(m, err)

	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))

	type int = string
	var s int = "int is a string here"
	fmt.Println(s)

	true := false
	fmt.Println(true)

	f := func() string {
		x := "closure"
		return x
	}
	fmt.Println(f(), x)
	var i = 1
	func() {
		i := 2
		i++
		_ = i
	}()
	func() {
		i++
	}()
	fmt.Println(i)
}
