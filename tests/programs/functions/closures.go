package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	a := adder(10)
	b := adder(10)
	fmt.Println(a(1), a(2), b(5), a(0))
	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	fmt.Println(compose(double, square)(3), compose(square, double)(3))
	x := 1
	modify := func() { x *= 7 }
	modify()
	modify()
	fmt.Println("x =", x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	funcs := make([]func() string, 0)
	for _, s := range []string{"a", "b", "c"} {
		s := s
		funcs = append(funcs, func() string { return s + s })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// closures sharing one variable
	shared := 0
	fs := []func(){func() { shared += 1 }, func() { shared *= 10 }, func() { shared -= 3 }}
	for _, f := range fs {
		f()
	}
	fmt.Println(shared)
	// immediately invoked
	res := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(res)
	// closure captures struct by reference
	type pt struct{ x, y int }
	p := pt{1, 2}
	move := func() { p.x += 10 }
	move()
	fmt.Println(p)
	// closure capturing array: by reference to the variable
	arr := [2]int{1, 2}
	setArr := func() { arr[0] = 50 }
	cp := arr
	setArr()
	fmt.Println(arr, cp)
}
