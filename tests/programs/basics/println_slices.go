// The builtin println prints a slice as [len/cap] and its array's address (Go's printslice),
// also in deferred calls. Only the first line of stderr is compared, so it holds what is
// deterministic: nil and empty slices.
package main

func show() {
	var s []int
	defer println([]int(nil), []string(nil), []byte(nil), s[:0], "deferred")
}

func main() {
	show()
	println([]int(nil))
}
