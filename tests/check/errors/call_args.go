// Wrong number or kind of arguments in calls.

package main

func two(a, b int) int              { return a + b }
func vari(prefix string, xs ...int) {}
func pair() (int, int)              { return 1, 2 }
func triple() (int, int, int)       { return 1, 2, 3 }
func one(a int)                     {}

func main() {
	_ = two(1)       // ERROR "not enough arguments in call to two"
	_ = two(1, 2, 3) // ERROR "too many arguments in call to two"
	vari()           // ERROR "not enough arguments in call to vari"
	vari("p", 1, 2, 3)
	s := []int{1, 2}
	vari("p", s...)
	one(s...) // ERROR "cannot use \.\.\. in call to non-variadic one"
	_ = two(pair())
	_ = two(triple())  // ERROR "too many arguments in call to two"
	one(pair())        // ERROR "too many arguments in call to one"
	vari("p", "q")     // ERROR "cannot use .q. \(untyped string constant\) as int value in argument to vari"
	vari("p", 1, s...) // ERROR "too many arguments in call to vari"
	_ = two(1, "x")    // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to two"
}
