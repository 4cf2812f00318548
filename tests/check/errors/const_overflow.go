// Constant overflow, truncation, and division by constant zero.

package main

const big = 1 << 40

func main() {
	var a int8 = 300     // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b byte = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as byte value in variable declaration \(overflows\)"
	var c uint = -1      // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var d int = 1.5      // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var e int32 = big    // ERROR "cannot use big \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	const f int8 = 100
	_ = f * 2 // ERROR "f \* 2 \(constant 200 of type int8\) overflows int8|constant 200 overflows int8"
	x := 10
	_ = x / 0     // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	_ = byte(256) // ERROR "cannot convert 256 \(untyped int constant\) to (type )?byte|constant 256 overflows byte"
	_, _, _, _, _ = a, b, c, d, e
}
