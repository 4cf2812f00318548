// A local type's map key that is not comparable (known only once the type is complete) is
// reported as at package level; a method with the name of a field is reported but kept (calling
// it is fine); a composite literal may not leave out the type of a struct field's value.

package main

type T struct {
	a, b int
	m    map[string]int
}

func (T) b() {} // ERROR "field and method with the same name b"

func main() {
	type K struct{ m map[K]int } // ERROR "invalid map key type K|incomparable map key type K"
	var x T
	x.b()
	_ = x.a
	_ = T{m: {"a": 1}} // ERROR "missing type in composite literal|invalid composite literal type"
}
