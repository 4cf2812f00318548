// A typed constant without a value (go/parser reports it while parsing, gc while checking, so a
// constant repeating such a spec is reported by gc only).

package main

const (
	A int = 1
	B byte // ERROR "missing init expr for B|missing constant value"
)

const C int // ERROR "missing init expr for C|missing constant value"

const (
	G int // ERROR "missing init expr for G|missing constant value"
	H     // GC_ERROR "missing init expr for H"
)

func main() {
	println(A)
}
