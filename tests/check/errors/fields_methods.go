// Selectors: missing fields and methods.

package main

type T struct {
	a int
	B string
}

func (t T) M()   {}
func (t *T) PM() {}

type I interface{ M() }

func main() {
	var t T
	_ = t.foo // ERROR "t\.foo undefined \(type T has no field or method foo\)"
	t.Bar()   // ERROR "t\.Bar undefined \(type T has no field or method Bar\)"
	p := &t
	_ = p.c // ERROR "p\.c undefined \(type \*T has no field or method c\)"
	p.M()
	p.PM()
	var i I = t
	i.PM() // ERROR "i\.PM undefined \(type I has no field or method PM\)"
	n := 5
	_ = n.x  // ERROR "n\.x undefined \(type int has no field or method x\)"
	_ = T.PM // ERROR "cannot call pointer method PM on T"
	_ = T.M
	_ = (*T).M
	var pp **T = &p
	pp.M()  // ERROR "pp\.M undefined \(type \*\*T has no field or method M\)"
	_ = t.b // ERROR "t\.b undefined \(type T has no field or method b, but does have B\)"
}
