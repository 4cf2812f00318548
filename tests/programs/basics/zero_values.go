package main

import "fmt"

type Point struct {
	X, Y int
	Name string
	Tags []string
	M    map[string]int
	P    *Point
	F    func()
	I    interface{}
	E    error
	B    bool
	R    rune
	Fl   float32
}

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var p *int
	var sl []int
	var m map[string]int
	var fn func()
	var it interface{}
	var e error
	var arr [3]string
	var pt Point
	fmt.Println(i, f, s, b, p, sl, m, fn == nil, it, e, arr, len(arr[0]))
	fmt.Printf("%q %v %d %t\n", s, sl == nil, len(m), m == nil)
	fmt.Printf("%+v\n", pt)
	fmt.Printf("%v\n", pt)
	fmt.Println(pt.Tags == nil, pt.M == nil, pt.P == nil, pt.F == nil, pt.I == nil, pt.E == nil)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	a := []int{1, 2, 3}
	k := 0
	k, a[k] = 1, 9
	fmt.Println(k, a)
	var (
		u  uint8  = 1
		v         = 2.5
		w  string = "w"
		zz        = 'z'
	)
	fmt.Printf("%T %T %T %T\n", u, v, w, zz)
	var m2 = map[string]int{}
	fmt.Println(m2["missing"], len(m2))
	n, ok := m2["missing"]
	fmt.Println(n, ok)
}
