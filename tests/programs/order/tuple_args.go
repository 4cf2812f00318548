// f(g()) with a multi-valued g: gc assigns g's results to temporaries before the call's other
// operands (the function value, the receiver and its nil dereference) are evaluated.
package main

import "fmt"

type S struct{ x int }

func (s S) M(a, b int) int { return s.x + a + b }

func add(a, b int) int { return a + b }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var p *S
	two := func() (int, int) { fmt.Println("two called"); return 1, 2 }
	try("nil receiver, multi-valued argument", func() { fmt.Println(p.M(two())) })
	s := S{1}
	fmt.Println(s.M(func() (int, int) { s.x = 10; return 1, 2 }()))
	f := add
	fmt.Println(f(func() (int, int) { f = func(a, b int) int { return a * b }; return 3, 4 }()))
	x := 1
	fmt.Println(x + add(func() (int, int) { x = 100; return 1, 2 }()))
	ps := &S{1}
	fmt.Println(ps.M(func() (int, int) { ps = &S{50}; return 1, 2 }()))
}
