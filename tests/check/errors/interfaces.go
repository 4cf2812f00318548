// Type assertions and type switches.

package main

type I interface{ M() }
type J interface{ M() int }

type T struct{}

func (T) M() {}

type U struct{}

func main() {
	var i I = T{}
	_ = i.(U) // ERROR "impossible type assertion: i\.\(U\)(\n\t| )U does not implement I \((missing M method|missing method M)\)"
	_ = i.(T)
	_ = i.(J) // interface-to-interface assertions are allowed
	n := 3
	_ = n.(int)       // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch i.(type) {
	case U: // ERROR "impossible type switch case: U(\n\t| )i \(variable of type I\) cannot have dynamic type U \((missing M method|missing method M)\)"
	case T:
	case T: // ERROR "duplicate case T in type switch"
	}
	_ = i.(type) // ERROR "use of \.\(type\) outside type switch"
	var e interface{} = 1
	switch v := e.(type) {
	case int, string:
		_ = v + 1 // ERROR "invalid operation: v \+ 1 \(mismatched types interface\{\} and int\)"
	}
	i.M(1) // ERROR "too many arguments in call to i\.M"
}
