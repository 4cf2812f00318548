package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, b, c, d)

func f(name string) int {
	fmt.Println("init var", name)
	d++
	return d
}

func sum(xs ...int) int {
	fmt.Println("computing total")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("init 1: a b c d total =", a, b, c, d, total)
	d = 100
}

func init() {
	fmt.Println("init 2: d =", d)
}

var table = map[string]int{"x": len("hello"), "y": d}

func main() {
	fmt.Println("main:", a, b, c, d, total, table["x"], table["y"])
}
