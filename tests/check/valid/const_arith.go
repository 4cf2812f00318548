// Typed and untyped constant arithmetic versus run-time arithmetic.
package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Count int

const (
	boiling Celsius = 100
	freeze  Celsius = 0
	maxU8           = math.MaxUint8
)

func main() {
	fmt.Println(boiling-freeze, (boiling-freeze)/3)
	fmt.Printf("%T %T\n", boiling, boiling*2)

	// untyped constant expressions are exact
	const x = 1e300 * 1e300 / 1e300
	fmt.Println(x)
	const y = 0.1 + 0.2
	var fy = 0.1
	fy += 0.2
	fmt.Println(y == 0.3, fy == 0.3, y, fy)

	// integer division and remainder truncate towards zero
	fmt.Println(17/5, 17%5, -17/5, -17%5, 17/-5, 17%-5)
	const q = 17 / 5.0
	fmt.Println(q)

	// division mixing typed constants
	var n Count = 10
	fmt.Println(n/3, n%3, n*maxU8)

	// big constants reduced to representable values
	const big = 1 << 62
	fmt.Println(uint64(big*2-1+big*2), uint64(big)*3)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	const mask = ^uint32(0)
	fmt.Println(mask, mask>>16, ^0, ^uint8(3))

	// float to int conversion of constants must be exact
	const f = 5.0
	var i int = f
	fmt.Println(i, int64(1e18), int(2.5e3))

	// string constants
	const s = "abc" + "def"
	fmt.Println(s, len(s), s[2], s[1:4])
	const r = 'a' + 2
	fmt.Printf("%c %d %T\n", r, r, r)

	// boolean constants
	const t = 3 > 2 && "a" < "b"
	fmt.Println(t, !t)
	fmt.Println(math.Pi, float32(math.Pi), math.E)
}
