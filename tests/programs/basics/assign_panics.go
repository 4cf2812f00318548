package main

import "fmt"

// A tuple assignment assigns left to right and stops at the first target that panics: the
// targets before it keep their new values (a nil map, a nil pointer, an index out of range).
// Builtins take a multi-valued call as their arguments; `for i, _ := range p` of a nil array
// pointer does not dereference it.

type P struct{ i int }

func pair(a []byte) ([]byte, []byte) { return a, []byte("xyz") }
func mk(m map[string]int) (map[string]int, string) { return m, "b" }
func app(s []int) ([]int, int, int) { return s, 7, 8 }
func two() (string, int) { return "n", 2 }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	try("map then nil pointer", func() {
		var p *int
		m[1], *p = 10, 20
	})
	fmt.Println(m)
	try("map then index", func() {
		s := []int{}
		m[2], s[3] = 30, 40
	})
	fmt.Println(m)
	try("map then field of nil", func() {
		var p *P
		m[3], p.i = 50, 60
	})
	fmt.Println(m)
	a := 0
	try("pointer then nil map", func() {
		var nm map[int]int
		p := &a
		*p, nm[2] = 5, 2
	})
	fmt.Println(a)
	var arr [3]int
	try("array index then nil map", func() {
		var nm map[int]int
		k := 2
		arr[k], nm[0] = 9, 1
	})
	fmt.Println(arr)
	try("array pointer index out of range", func() {
		ap := &arr
		k := 5
		m[4], ap[k] = 70, 80
	})
	fmt.Println(m)

	b := []byte("abc")
	fmt.Println(copy(pair(b)), string(b))
	mm := map[string]int{"a": 1, "b": 2}
	delete(mk(mm))
	fmt.Println(mm)
	fmt.Println(append(app([]int{1})))
	println(two())

	var np *[4]int
	n := 0
	for i, _ := range np {
		n += i
	}
	for i := range np {
		n += i
	}
	fmt.Println(n)
}
