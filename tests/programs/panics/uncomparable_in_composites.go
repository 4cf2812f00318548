package main

// Comparing arrays and structs whose interface elements hold an uncomparable dynamic value
// panics naming that type, as comparing the interfaces does (difftest finding 007).

import "fmt"

type S1 struct{ f []int }

type P struct{ i interface{} }

func try(name string, f func() bool) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var a, b interface{} = S1{}, S1{}
	try("iface", func() bool { return a == b })
	try("array", func() bool { return [2]interface{}{1, a} == [2]interface{}{1, b} })
	try("struct", func() bool { return P{a} == P{b} })
	try("map key", func() bool { m := map[interface{}]int{}; m[a] = 1; return true })
	try("slice elem", func() bool { return [1]interface{}{[]int{}} == [1]interface{}{[]int{}} })
}
