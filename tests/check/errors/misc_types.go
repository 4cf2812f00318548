// Type expressions: array lengths, non-types, map keys, nil.

package main

import "fmt"

const N = 4

func main() {
	n := 3
	var a [n]int  // ERROR "invalid array length n|array length n \(variable of type int\) must be constant"
	var b [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	var c [N]int
	var d [1.5]int    // ERROR "array length 1.5 \(untyped float constant\) must be integer"
	var e fmt.Println // ERROR "fmt\.Println \(value of type func\(a \.\.\.any\) \(n int, err error\)\) is not a type"
	var x n           // ERROR "n \(variable of type int\) is not a type"
	y := nil          // ERROR "use of untyped nil in assignment"
	var z = int       // ERROR "int \(type\) is not an expression"
	_, _, _, _, _, _, _, _ = a, b, c, d, e, x, y, z
}
