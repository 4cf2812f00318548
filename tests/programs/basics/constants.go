package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Str   = "const" + "ant"
	Typed int32 = 1 << 30
	Yes = 1 < 2
)

const huge = 1e400

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func main() {
	fmt.Println(Small, Pi, Str, Typed, Yes)
	fmt.Println(huge/1e390, Big/(Big>>3))
	var f32 float32 = Pi
	var f64 float64 = Pi
	fmt.Println(f32, f64)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	const d = 7 / 2
	const e = 7 / 2.0
	fmt.Println(d, e, 7%3, -7/2)
	fmt.Println(Tuesday, Wednesday-Monday)
	var w Weekday = 3
	fmt.Printf("%v %T\n", w, w)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -1<<3)
	const x = 10
	var i8 int8 = x * 12
	var u uint = x
	var fl float64 = x / 4
	var fl2 float64 = x / 4.0
	fmt.Println(i8, u, fl, fl2)
	fmt.Println(len("héllo"), len([3]int{}))
	const maxU64 = 1<<64 - 1
	fmt.Println(uint64(maxU64), maxU64>>32)
	fmt.Println(1e3, 1e3 == 1000, 'x', "x"[0])
}
