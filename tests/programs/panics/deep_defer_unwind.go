// A panic through 100,000 frames that each defer a call: every deferred call runs, innermost
// first, and the panic is recovered at the top (the unwinding looks below the last frame whose
// deferred call ran, so it takes linear time).
package main

import "fmt"

var n int

func f(d int) {
	defer func() { n++ }()
	if d == 0 {
		panic("bottom")
	}
	f(d - 1)
}

func main() {
	defer func() { fmt.Println(recover(), n) }()
	f(100000)
}
