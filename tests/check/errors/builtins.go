// Misuse of builtin functions (part 1).

package main

func main() {
	n := 3
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for len"
	m := map[string]int{}
	_ = cap(m)       // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	_ = append(n, 1) // ERROR "first argument to append must be a slice; have n \(variable of type int\)"
	_ = make(int)    // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)  // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	delete(n, 1)     // ERROR "invalid argument: n \(variable of type int\) is not a map"
	_ = new(1)       // ERROR "1 is not a type"
	close(n)         // ERROR "invalid operation: cannot close non-channel n \(variable of type int\)"
	s := []int{1}
	_ = copy(s, "abc") // ERROR "arguments to copy s \(variable of type \[\]int\) and .abc. \(untyped string constant\) have different element types int and byte"
}
