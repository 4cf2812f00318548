// Count mismatches of calls and returns continue with gc's have/want lines (types2's
// typesSummary: untyped numbers are "number", a variadic parameter "...T").

package main

func f0()                    {}
func f2(a int, s string)     {}
func fv(a int, xs ...string) {}

func two() (int, error) {
	return 1 // ERROR "not enough return values(\n\t| )have \(number\)(\n\t| )want \(int, error\)"
}

func one() int {
	return 1, "x" // ERROR "too many return values(\n\t| )have \(number, string\)(\n\t| )want \(int\)"
}

func fromCall() (int, string, bool) {
	return two() // ERROR "not enough return values(\n\t| )have \(int, error\)(\n\t| )want \(int, string, bool\)"
}

func main() {
	f0(1)         // ERROR "too many arguments in call to f0(\n\t| )have \(number\)(\n\t| )want \(\)"
	f2(1)         // ERROR "not enough arguments in call to f2(\n\t| )have \(number\)(\n\t| )want \(int, string\)"
	f2(1, "a", 2) // ERROR "too many arguments in call to f2(\n\t| )have \(number, string, number\)(\n\t| )want \(int, string\)"
	fv()          // ERROR "not enough arguments in call to fv(\n\t| )have \(\)(\n\t| )want \(int, \.\.\.string\)"
}
