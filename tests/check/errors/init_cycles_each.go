// Every constant that still depends on others once the rest is ordered starts a cycle report, as
// in Go's initialization order: here A (A, B, C) and then B (B, C).

package main

const (
	A = 1 + B     // ERROR "initialization (loop|cycle) for A"
	B = C - 1     // ERROR "initialization (loop|cycle) for B"
	C = A + B + 1
)

func main() {}
