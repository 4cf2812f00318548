package main

import "fmt"

// Package-level comma-ok initializations whose variables have other types than the values:
// the value and the bool are converted (var a, b any = x.(bool)), in dependency order.

var c = b
var d = a

var a, b any = any(nil).(bool)

var m = map[string]int{"one": 1}
var v, ok interface{} = m["one"]
var w, ok2 = m["two"]

type I interface{ F() int }
type T int

func (t T) F() int { return int(t) * 2 }

var src interface{} = T(21)
var it, ok3 = src.(I)

func main() {
	fmt.Println(a, b, c, d, c == false, d == false)
	fmt.Println(v, ok, w, ok2)
	fmt.Println(it.F(), ok3)
}
