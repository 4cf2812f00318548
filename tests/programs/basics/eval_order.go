package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, v int) int {
	trace = append(trace, "idx:"+name)
	return v
}

func main() {
	a := []int{0, 0, 0, 0}
	a[idx("i", 1)] = f("x", 10) + f("y", 20)
	fmt.Println(a, trace)
	trace = nil
	m := map[string]int{}
	m[fmt.Sprint(f("key", 1))] = f("val", 2)
	fmt.Println(m, trace)
	trace = nil
	s := []int{f("e0", 0), f("e1", 1), f("e2", 2)}
	fmt.Println(s, trace)
	trace = nil
	x, y := f("l", 1), f("r", 2)
	fmt.Println(x, y, trace)
	trace = nil
	fmt.Println(f("p1", 1), f("p2", 2), f("p3", 3))
	fmt.Println(trace)
	// swap through index expressions
	i := 0
	b := []int{5, 6, 7}
	i, b[i] = 2, 99
	fmt.Println(i, b)
	b[0], b[1], b[2] = b[2], b[0], b[1]
	fmt.Println(b)
	// op-assign evaluates index once
	trace = nil
	c := []int{1, 2, 3}
	c[idx("once", 1)] += 100
	fmt.Println(c, trace)
}
