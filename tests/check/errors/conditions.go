// Non-boolean conditions.

package main

func main() {
	x := 1
	s := "s"
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	if s { // ERROR "non-boolean condition in if statement"
	} else if nil { // ERROR "non-boolean condition in if statement"
	}
	_ = !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	var p *int
	if p { // ERROR "non-boolean condition in if statement"
	}
	b := x > 0
	if b && x { // ERROR "invalid operation: b && x \(mismatched types bool and int\)"
	}
}
