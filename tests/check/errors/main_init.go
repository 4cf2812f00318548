// Special functions main and init.

package main

func init() {}

func init(x int) {} // ERROR "func init must have no arguments and no return values"

var init = 3 // ERROR "cannot declare init - must be func"

func helper() {
	init()   // ERROR "undefined: init|undeclared name: init"
	_ = init // ERROR "undefined: init|undeclared name: init"
}

func main() {
	helper()
}
