package main

type T struct{ U }

type U struct{}

//go:nointerface
func (*U) Bad() {}

type I interface{ Bad() }

func f(I) {}

func main() {
	var i I = new(T)
	f(&U{})
	_, ok := i.(*T)
	_ = ok
}
