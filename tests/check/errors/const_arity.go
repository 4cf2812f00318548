// Constant specs need one value per name, their own or the ones repeated from the spec before.

package main

const (
	D, E = 1, 2
	F    // ERROR "extra init expr at .*const_arity.go:6:12|extra init expr"
)

const I, J = 1 // ERROR "missing init expr for J"

func main() {
	const (
		X, Y = 1, 2
		Z    // ERROR "extra init expr at .*const_arity.go:14:13|extra init expr"
	)
	println(D, E, I)
}
