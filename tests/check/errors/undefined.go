// Undefined identifiers: variables, functions, types, package members.

package main

import "fmt"

type T struct{ a int }

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar|undeclared name: undefinedVar"
	undefinedFunc(1)          // ERROR "undefined: undefinedFunc|undeclared name: undefinedFunc"
	var t UnknownType         // ERROR "undefined: UnknownType|undeclared name: UnknownType"
	_ = t
	fmt.NoSuchFunc() // ERROR "undefined: fmt.NoSuchFunc|NoSuchFunc not declared by package fmt"
	{
		inner := 1
		_ = inner
	}
	_ = inner // ERROR "undefined: inner|undeclared name: inner"
	for i := 0; i < 3; i++ {
	}
	_ = i // ERROR "undefined: i|undeclared name: i"
	_ = T{}.a
	_ = nosuchpkg.Value // ERROR "undefined: nosuchpkg|undeclared name: nosuchpkg"
	var u []Elem        // ERROR "undefined: Elem|undeclared name: Elem"
	_ = u
}
