// Value vs reference semantics: arrays, structs, slices, maps, channels,
// interfaces holding values, and range copies.
package main

import "fmt"

type Inner struct{ A [3]int }
type Outer struct {
	In    Inner
	S     []int
	M     map[string]int
	P     *Inner
	Arr   [2]Inner
	Iface interface{}
}

func mutate(o Outer) {
	o.In.A[0] = 100 // copy: invisible
	o.S[0] = 100    // shared backing array: visible
	o.M["k"] = 100  // shared map: visible
	o.P.A[0] = 100  // shared pointee: visible
	o.Arr[0].A[0] = 100
	o.S = append(o.S, 5) // local header only
}

func main() {
	o := Outer{S: []int{1, 2}, M: map[string]int{}, P: &Inner{}, Iface: Inner{}}
	mutate(o)
	fmt.Println(o.In.A[0], o.S, o.M["k"], o.P.A[0], o.Arr[0].A[0])

	c := o
	c.In.A[1] = 7
	c.S[1] = 7
	c.Arr[1].A[2] = 9
	fmt.Println(o.In.A, c.In.A, o.S, o.Arr[1], c.Arr[1])

	in := Inner{[3]int{1, 2, 3}}
	var i interface{} = in
	in.A[0] = 99
	fmt.Println(i.(Inner).A[0], in.A[0])

	items := []Inner{{[3]int{1}}, {[3]int{2}}}
	for _, it := range items {
		it.A[0] *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].A[0] *= 10
	}
	fmt.Println(items)

	arr := [3]int{1, 2, 3}
	for i, v := range arr { // range over a copy of the array
		arr[2] = 100
		if i == 2 {
			fmt.Println("range saw", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl { // slices share
		sl[2] = 100
		if i == 2 {
			fmt.Println("range saw", v)
		}
	}
	m := map[string][2]int{"a": {1, 2}}
	val := m["a"]
	val[0] = 50
	fmt.Println(m["a"], val)
	ch := make(chan []int, 1)
	data := []int{1}
	ch <- data
	got := <-ch
	got[0] = 42
	fmt.Println(data)
	s1 := "hello"
	s2 := s1
	s2 += " world"
	fmt.Println(s1, "|", s2)
	pa := &arr
	cp := *pa
	cp[0] = -1
	fmt.Println(arr[0], cp[0])
}
