// //go:nointerface methods (honoured with GOEXPERIMENT=fieldtrack): callable directly and through
// the embedded field, but in no method set: assertions, type switches and fmt's String do not
// see them, and they still hide promoted methods of the same name.
package main

import "fmt"

type T struct{ U }

type U struct{}

//go:nointerface
func (*U) Bad() { fmt.Println("bad called") }

// Other comments and blank lines may come between.

//go:nointerface

func (U) String() string { return "U!" }

//go:nointerface
func (*T) Own() { fmt.Println("own") }

type V struct{}

func (V) String() string { return "V!" }

type W struct{ V }

//go:nointerface
func (W) String() string { return "W!" }

func main() {
	t := new(T)
	t.Bad()
	t.U.Bad()
	t.Own()
	f := t.U.Bad
	f()
	fmt.Println(U{}, t, t.U.String())
	var i interface{} = t
	_, ok := i.(interface{ Bad() })
	fmt.Println(ok)
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	_, ok = i.(interface{ Own() })
	fmt.Println(ok)
	i = &t.U
	_, ok = i.(interface{ Bad() })
	fmt.Println(ok)
	switch i.(type) {
	case interface{ Bad() }:
		fmt.Println("Bad")
	default:
		fmt.Println("default")
	}
	fmt.Println(W{}, W{}.String(), W{}.V)
}
