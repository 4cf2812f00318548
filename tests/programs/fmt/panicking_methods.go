package main

import (
	"errors"
	"fmt"
)

type Bad struct{}

func (Bad) String() string { panic("stringer exploded") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("error method exploded")) }

type NilStringer struct{ name string }

func (n *NilStringer) String() string { return "NS:" + n.name }

type Good struct{ n int }

func (g Good) String() string { return fmt.Sprintf("Good<%d>", g.n) }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%v|%s|%d\n", Bad{}, Bad{}, Bad{})
	fmt.Println(BadErr{})
	var ns *NilStringer
	fmt.Println(ns)
	fmt.Printf("%v %s\n", ns, ns)
	fmt.Println(Good{3}, []Good{{1}, {2}}, map[Good]int{{1}: 1})
	fmt.Printf("%d %v %s %q %x\n", Good{4}, Good{4}, Good{4}, Good{4}, Good{4})
	fmt.Printf("%#v\n", Good{5})
	fmt.Println("still running")
}
