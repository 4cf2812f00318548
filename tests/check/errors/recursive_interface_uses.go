// Interfaces that embed each other are an invalid recursive type; using them gives no further
// errors.

package main

type I1 interface { // ERROR "invalid recursive type I1|illegal cycle in declaration of I1"
	m() I2
	I2
}

type I2 interface {
	I1
}

var i1 I1 = i2
var i2 I2

func main() {}
