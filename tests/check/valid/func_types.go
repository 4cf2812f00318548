// Function types, higher-order functions, function values in data structures.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(float64, float64) float64
type Predicate func(int) bool
type Middleware func(Handler) Handler
type Handler func(string) string

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, p Predicate) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
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

func (p Predicate) Not() Predicate { return func(x int) bool { return !p(x) } }
func (p Predicate) And(q Predicate) Predicate {
	return func(x int) bool { return p(x) && q(x) }
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(name string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return "<" + name + ">" + next(s) + "</" + name + ">" }
	}
}

func main() {
	ops := map[string]BinOp{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("6 %s 3 = %g\n", k, ops[k](6, 3))
	}

	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	even := Predicate(func(x int) bool { return x%2 == 0 })
	big := Predicate(func(x int) bool { return x > 5 })
	fmt.Println(filter(xs, even), filter(xs, even.Not()), filter(xs, even.And(big)))
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }), reduce(xs, 1, func(a, b int) int { return a * b }))

	h := chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hi"))

	var nilFunc func()
	fmt.Println(nilFunc == nil)
	table := []struct {
		name string
		f    func(string) string
	}{
		{"upper", strings.ToUpper},
		{"title", func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }},
		{"rev", func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		}},
	}
	for _, t := range table {
		fmt.Println(t.name, t.f("gopher"))
	}
	fmt.Printf("%T\n", reduce)
	var fs [3]func() int
	for i := range fs {
		n := i
		fs[i] = func() int { return n * 100 }
	}
	fmt.Println(fs[0](), fs[2]())
}
