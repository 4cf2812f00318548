package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func (t *T) String() string {
	if t == nil {
		return "T(nil)"
	}
	return fmt.Sprintf("T(%d)", t.A)
}

type I interface{ M() }

func main() {
	var p *int
	var s []string
	var m map[string]bool
	var f func(int) int
	var i interface{}
	var e error
	var t *T
	var ii I
	fmt.Println(p, s, m, f == nil, i, e, t, ii)
	fmt.Printf("%v %v %v %v %v %v\n", p, s, m, i, e, ii)
	fmt.Printf("%+v %#v %#v %#v %#v\n", p, s, m, i, e)
	fmt.Printf("%T %T %T %T %T %T %T\n", p, s, m, f, i, e, t)
	fmt.Printf("%d %s %q %x\n", s, s, s, s)
	fmt.Printf("%s|%v|%d\n", t, t, t)
	fmt.Printf("[%5v][%-5v]\n", nil, nil)
	fmt.Println([]interface{}{nil, p, t}, map[string]interface{}{"a": nil})
	fmt.Println([]*int{nil, nil}, []error{nil, errors.New("x")})
	fmt.Println(struct {
		P *int
		E error
		S []int
	}{})
	fmt.Printf("%v %+v\n", [2]*T{}, [2]*T{})
}
