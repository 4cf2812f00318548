package main

import "fmt"

type I interface {
	M()
	N()
}

type T struct{}

func (T) N() {}

func main() {
	var x interface{} = T{}
	_, ok := x.(I)
	fmt.Println("ok:", ok)
	i := x.(I)
	i.N()
}
