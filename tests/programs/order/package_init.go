// Package-level initializers are statements of gc's init function: their calls run before the
// variables they read are read.
package main

import "fmt"

var x = 1
var y = x + bump()
var z = two(x, bump())

func bump() int { x += 10; return 0 }

func two(a, b int) int { return a*100 + b }

func main() { fmt.Println(x, y, z) }
