// Initialization cycles among package-level variables and functions.

package main

var a = b + 1 // ERROR "initialization (loop|cycle) for a"
var b = c * 2
var c = a

var x = f() // ERROR "initialization (loop|cycle) for x"

func f() int { return x }

var self = self // ERROR "initialization (loop|cycle) for self|initialization cycle: self refers to itself"

var p, q = g(), 1 // ERROR "initialization (loop|cycle) for p"

func g() int { return h() }
func h() int { return p }

// Ordering alone is not a cycle.
var later = early + 1
var early = 41

func main() {
	_ = later
}
