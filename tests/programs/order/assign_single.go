// A single assignment checks in gc's order (walk/assign.go's walkAssign): first what of the
// target is not plain (arithmetic, conversions, assertions in its index), then the value, then
// the target's operands with their bounds and nil checks; a map element's value comes before
// its key (order.go's safeMapRHS). An op-assignment reads its target first, except a map
// element's (the value first, then the entry, which exists before a failing shift).
package main

import "fmt"

type P struct {
	f   int
	s   []int
	arr [3]int
}

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	fn()
}

func main() {
	var a []int
	var p *P
	var q *[3]int
	var nm map[int]int
	m := map[int]int{}
	var e interface{} = "str"
	i, j, k := 0, 1, 0

	try("index target, deref value", func() { a[i] = p.f })
	try("deref target, index value", func() { p.f = a[i] })
	try("index of index target", func() { a[a[i]] = p.f })
	try("arithmetic index target", func() { a[a[i]+1] = p.f })
	try("division in target", func() { a[j/k] = p.f })
	try("conversion in target", func() { a[e.(int)] = p.f })
	try("asserted pointer target", func() { e.(*P).f = a[i] })
	try("pointer to array target", func() { q[i] = a[i] })
	try("slice field target", func() { p.s[i] = a[i] })
	try("array field target", func() { p.arr[j] = a[i] })
	try("map key, value", func() { m[a[i]] = p.f })
	try("nil map, value", func() { nm[k] = a[i] })
	try("nil map, plain value", func() { nm[a[i]] = 1 })

	try("op= deref, index", func() { p.f += a[i] })
	try("op= index, deref", func() { a[i] += p.f })
	try("op= map key, deref value", func() { m[a[i]] += p.f })
	try("op= map key, division", func() { m[a[i]] /= p.f })
	try("op= map, negative shift", func() {
		n := -1
		m[7] <<= n
	})
	fmt.Println(len(m), m)
	try("++ through nil", func() { p.f++ })
	try("++ nil map", func() { nm[1]++ })
}
