package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.n) }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Holder struct {
	Val  V
	Ptr  P
	PPtr *P
	val  V
}

func main() {
	v := V{1}
	p := P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %v %v %v\n", v, &v, p, &p)
	fmt.Printf("%s %s %d %d\n", v, &p, v, &p)
	fmt.Printf("%+v %+v %#v %#v\n", v, &p, v, p)
	fmt.Println([]V{{1}, {2}}, []P{{3}}, []*P{{4}}, [1]V{{5}})
	fmt.Println(map[string]V{"a": {6}}, map[string]*P{"b": {7}}, map[V]int{{8}: 1})
	h := Holder{V{1}, P{2}, &P{3}, V{4}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Println(&h)
	e := E{"x"}
	fmt.Println(e, &e)
	var err error = &e
	fmt.Println(err)
	var iv interface{} = p
	var ip interface{} = &p
	fmt.Println(iv, ip)
	fmt.Printf("%v|%10v|%-10v|%q\n", v, v, v, v)
}
