package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(int, int) int

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Pipeline []func(string) string

func (p Pipeline) Run(s string) string {
	for _, f := range p {
		s = f(s)
	}
	return s
}

func apply(op BinOp, a, b int) int { return op(a, b) }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0)
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, apply(ops[n], 7, 3))
	}
	up := Handler(strings.ToUpper)
	ex := Handler(func(s string) string { return s + "!" })
	fmt.Println(up.Twice("go"), ex.Twice("hi"))
	p := Pipeline{strings.TrimSpace, strings.ToLower, func(s string) string { return strings.ReplaceAll(s, " ", "_") }}
	fmt.Println(p.Run("  Hello Big World  "))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(sq, ev, reduce(ev, 0, func(a, b int) int { return a + b }))
	var nilf func()
	fmt.Println(nilf == nil)
	fmt.Printf("%T %T\n", apply, BinOp(nil))
	var fs [3]func(int) int
	for i := range fs {
		k := i + 1
		fs[i] = func(x int) int { return x * k }
	}
	fmt.Println(fs[0](5), fs[1](5), fs[2](5))
	curry := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a*100 + b*10 + c }
		}
	}
	fmt.Println(curry(1)(2)(3))
}
