// Errors Go's test suite checks: nil == nil, a blank field key, a local alias to itself, and a
// return whose only value is invalid (no count mismatch on top).

package main

type T struct {
	_ string
}

func f() {
	return "a" > 10 // ERROR "invalid operation: (cannot compare )?.a. > 10 \(mismatched types untyped string and untyped int\)"
}

func main() {
	_ = nil == nil // ERROR "invalid operation: (cannot compare )?nil == nil \(operator == not defined on untyped nil\)"
	_ = T{"ok"}
	_ = T{_: "no"} // ERROR "unknown field '?_'? in struct literal( of type T)?"
	type A = A     // ERROR "invalid recursive type A|illegal cycle in declaration of A"
	f()
}
