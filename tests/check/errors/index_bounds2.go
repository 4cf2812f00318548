// More indexing and slicing errors.

package main

func arr() [3]int { return [3]int{} }

func main() {
	_ = arr()[1:] // ERROR "invalid operation: arr\(\) \(value of type \[3\]int\) \(slice of unaddressable value\)|invalid operation: cannot slice arr\(\) \(value of type \[3\]int\) \(value not addressable\)"
	m := map[string]int{}
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	s := []int{1, 2, 3}
	_ = s["a"]   // ERROR "cannot convert .a. \(untyped string constant\) to (type )?int|invalid argument: index .a. \(untyped string constant\) must be integer"
	_ = s[1:2:1] // ERROR "invalid slice indices: 1 < 2"
	var a [4]int
	_ = a[2:1:3] // ERROR "invalid slice indices: 1 < 2"
	_ = a[0:5]   // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	_ = m[1:2]   // ERROR "invalid operation: cannot slice m \(variable of type map\[string\]int\)"
	p := &a
	_ = p[9] // ERROR "invalid argument: index 9 out of bounds \[0:4\]"
}
