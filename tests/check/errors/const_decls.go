// Constant declarations.

package main

import "math"

func f() int { return 1 }

var v = 3

const a = f() // ERROR "f\(\) \(value of type int\) is not constant"
const b = v   // ERROR "v \(variable of type int\) is not constant"
const c = math.MaxInt64 + 1
const d int64 = c       // ERROR "cannot use c \(untyped int constant 9223372036854775808\) as int64 value in constant declaration \(overflows\)"
const e = len([]int{1}) // ERROR "len\(.*\) \(value of type int\) is not constant"
const g = len([2]int{})
const h uint8 = g * 200 // ERROR "cannot use g \* 200 \(constant 400 of type int\) as (type )?uint8( value)? in constant declaration"
const s string = 1      // ERROR "cannot use 1 \(untyped int constant\) as string value in constant declaration"

const (
	x0 = iota * 10
	x1
	x2
)

const k int = x2 + "s" // ERROR "invalid operation: x2 \+ .s. \(mismatched types untyped int and untyped string\)"

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
	_, _ = x0, x1
}
