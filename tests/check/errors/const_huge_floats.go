// Float constants beyond float64: go/constant keeps them with big.Float's int32 binary
// exponents; beyond those a literal is malformed and an operation not representable.

package main

const (
	a = 1e+500000000
	b = a * a // ERROR "constant result is not representable"
	c = b * b
)

func main() {
	_ = 1e646456992 / 1e646456991
	var _ = 1e646456993                  // ERROR "malformed constant: 1e646456993"
	var _ float64 = 1e646456992          // ERROR "cannot use 1e646456992 \(untyped float constant 1e\+646456992\) as float64 value in variable declaration \(overflows\)|overflows float64"
	const _ int64 = 1e646456992          // ERROR "cannot use 1e646456992 \(untyped float constant 1e\+646456992\) as int64 value in constant declaration \(truncated\)|truncated to int64"
	_ = 0x1p2147483647                   // ERROR "malformed constant: 0x1p2147483647"
	_ = 1e9223372036854775808            // ERROR "malformed constant: 1e9223372036854775808"
	_ = 1e400 / 1e-646456992             // ERROR "constant result is not representable"
	_ = float32(1e39 / 1e-646456980)     // ERROR "constant result is not representable"
	var _ int = 1e1300 / 1e1299 * 1e1298 // ERROR "cannot use 1e1300 / 1e1299 \* 1e1298 \(untyped float constant 1e\+1299\) as int value in variable declaration \(truncated\)|truncated to int"
	_ = 1e-1000000000 * 1e646456992
	var _ int = 1e1300 / 1e1299 * 7
}
