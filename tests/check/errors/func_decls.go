// Function and method declarations.

package main

func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

type P *int

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ M() }

func (i I) N() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

type T struct{ F int }

func (t **T) M() {} // ERROR "invalid receiver type \*\*T"

func (t T) F() {} // ERROR "field and method with the same name F"

func variadic(a ...int, b int) {} // ERROR "can only use \.\.\. with final parameter in list"

func (string) Len() int { return 0 } // ERROR "cannot define new methods on non-local type string"

func main() {
}
