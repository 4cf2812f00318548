// Constant index and slice bounds checks.

package main

func main() {
	var a [3]int
	_ = a[5]  // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	s := []int{1, 2}
	_ = s[-2]  // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	_ = a[1:4] // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
	x := 7
	_ = x[0]     // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = s[1.5]   // ERROR "1.5 \(untyped float constant\) truncated to int|invalid argument: index 1.5 \(untyped float constant\) truncated to int"
	_ = "abc"[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	str := "abc"
	_ = str[1:2:3] // ERROR "invalid operation: 3-index slice of string"
}
