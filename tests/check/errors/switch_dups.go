// Switch statements: duplicate cases, misplaced fallthrough, mismatched cases.

package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case 3:
		fallthrough
	case 4:
	}
	s := "a"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
	}
	switch x {
	case 1:
	default:
	default: // ERROR "multiple defaults"
	}
	switch x {
	case 1:
	case "one": // ERROR "cannot convert .one. \(untyped string constant\) to (type )?int|invalid case .one. in switch on x \(mismatched types untyped string and int\)"
	}
	switch {
	case x > 0:
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to (type )?bool|invalid case 1 in switch \(mismatched types untyped int and bool\)"
	}
	switch x {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var v interface{} = x
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	case string:
	}
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
