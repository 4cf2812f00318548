// Misuse of builtin functions (part 2).

package main

func main() {
	s := []int{1, 2, 3}
	_ = len(s, s)                  // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = append(s, "x")             // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	_ = make([]int, -1)            // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 1, 2, 3)       // ERROR "invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	panic()                        // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	_ = recover(1)                 // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	m := map[string]int{}
	delete(m, 1)          // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
}
