// Expression statements whose value is not used.

package main

func f() int { return 1 }

func main() {
	x := 1
	1     // ERROR "1 \(untyped int constant\) is not used"
	x     // ERROR "x \(variable of type int\) is not used"
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	f     // ERROR "f \(value of type func\(\) int\) is not used"
	s := []int{}
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
	"str"  // ERROR ".str. \(untyped string constant\) is not used"
	-x     // ERROR "-x \(value of type int\) is not used"
	f()
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
}
