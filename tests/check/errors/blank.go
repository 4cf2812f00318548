// The blank identifier.

package main

type _ struct{}

func _() {}

func main() {
	x := _ // ERROR "cannot use _ as value"
	_ = x
	_ := 1          // ERROR "no new variables on left side of :="
	var _ int = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in variable declaration"
	_, _ = 1, 2
	var y int
	y = _ // ERROR "cannot use _ as value"
	_ = y
	_()       // ERROR "cannot use _ as value"
	_ = _ + 1 // ERROR "cannot use _ as value"
}
