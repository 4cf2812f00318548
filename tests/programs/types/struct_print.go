package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]Inner
	Iface interface{}
	Arr   [2]bool
	F     float64
}

func main() {
	o := Outer{
		Name:  "outer",
		In:    Inner{1, "x"},
		List:  []Inner{{2, "y"}, {3, "z"}},
		M:     map[string]Inner{"k": {4, "w"}},
		Iface: Inner{5, "v"},
		Arr:   [2]bool{true, false},
		F:     2.5,
	}
	fmt.Println(o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v\n", o.Arr)
	p := &Inner{7, "p"}
	fmt.Println(p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	pp := &p
	_ = pp
	fmt.Printf("%v\n", []interface{}{1, "a", Inner{}, nil})
	fmt.Printf("%+v\n", struct {
		X []int
		Y map[int]string
	}{})
	fmt.Printf("%#v\n", struct {
		X []int
		Y map[int]string
	}{})
	type T struct {
		e error
		s fmt.Stringer
	}
	fmt.Printf("%v %+v\n", T{}, T{})
}
