package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value receiver:", t.name) }
func (t *T) PShow() { fmt.Println("pointer receiver:", t.name) }

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	x = 30
	b()
	t := T{"first"}
	defer t.Show()
	defer t.PShow()
	t.name = "second"
	s := []int{1, 2, 3}
	defer fmt.Println("slice:", s)
	s[0] = 100
	func() {
		defer fmt.Println("inner defer 1")
		defer fmt.Println("inner defer 2")
		fmt.Println("inner body")
	}()
	fmt.Println("main body done")
}
