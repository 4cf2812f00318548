// Redeclarations in the same block and := without new variables.

package main

var g int
var g string // ERROR "g redeclared in this block"

func h() {}
func h() {} // ERROR "h redeclared in this block"

type T struct{}
type T int // ERROR "T redeclared in this block"

func (T) M() {}
func (T) M() {} // ERROR "T\.M redeclared in this block|method M already declared for type T|method T\.M already declared"

func params(a int, a string) {} // ERROR "a redeclared in this block"

const c = 1

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	var y int
	var y int // ERROR "y redeclared in this block"
	_ = y
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	_, _, _ = x, a, b
	c := 4
	_ = c
}
