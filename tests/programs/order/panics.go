// Which of two failing operands panics first follows gc's order: the call (and what it
// panics with) before the nil dereference or index of the rest of the statement.
package main

import "fmt"

type S struct{ x int }

func (s S) M(a int) int { return s.x + a }

func idx(s []int, i int) int { return s[i] }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func noisy() int {
	fmt.Println("noisy called")
	return 1
}

func main() {
	var p *S
	var s []int
	try("nil field + call that panics", func() { fmt.Println(p.x + idx(s, 5)) })
	try("call that panics + nil field", func() { fmt.Println(idx(s, 5) + p.x) })
	try("nil receiver of value method, argument call", func() { fmt.Println(p.M(noisy())) })
	try("index + call", func() { fmt.Println(s[3] + noisy()) })
	try("division + call", func() {
		z := 0
		fmt.Println(10/z + noisy())
	})
	try("store through nil after call", func() { p.x = noisy() })
	try("index store after call", func() { s[2] = noisy() })
	try("map of nil after call", func() {
		var m map[int]int
		m[1] = noisy()
	})
	try("assertion in order", func() {
		var i interface{} = "str"
		fmt.Println(p.x + i.(int) + noisy())
	})
	try("slice expr in order", func() {
		fmt.Println(p.x + len(s[1:4]) + noisy())
	})
}
