package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1_000", "0x1_0p0", "1e400", "1e-400", "-1e400", "0x1.8", "inf", "+Inf", "nan", "1e", ".", "0x", "1_", "_1"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
	var f float64
	var x int
	var s string
	fmt.Println(fmt.Sscan("1e400", &f))
	fmt.Println(fmt.Sscan("99999999999999999999", &x))
	{ n, err := fmt.Sscan("0x_1f", &x); fmt.Println(n, err, x) }
	{ n, err := fmt.Sscanf("1.5p3", "%g", &f); fmt.Println(n, err, f) }
	{ n, err := fmt.Sscanf(`"a\x41\u00e9\n"`, "%q", &s); fmt.Println(n, err, s) }
	{ n, err := fmt.Sscanf(`"a\'"`, "%q", &s); fmt.Println(n, err, s) }
	var i8 int8
	{ n, err := fmt.Sscan("300", &i8); fmt.Println(n, err, i8) }
	{ n, err := fmt.Sscanf("12345", "%3d%d", &x, &i8); fmt.Println(n, err, x, i8) }
	fmt.Println(fmt.Sscan("abc", &x))
	fmt.Println(fmt.Sscanf("1 2", "%d\n%d", &x, &x))
	fmt.Println(fmt.Sscanln("1 2\n3", &x, &x, &x))
	var b []byte
	{ n, err := fmt.Sscanf("6869", "%x", &b); fmt.Println(n, err, string(b)) }
	type MyInt int
	var mi MyInt
	{ n, err := fmt.Sscan("77", &mi); fmt.Println(n, err, mi) }
	fmt.Println(fmt.Sscan("77", mi))
	fmt.Println(fmt.Sscanf("5", "%s", &x))
	fmt.Println(fmt.Sscanf("5", "%d %d", &x))
	fmt.Println(fmt.Sscanf("5", "%d", &x, &x))
	fmt.Println(fmt.Sscanf("5%", "%d%%", &x))
	fmt.Println(fmt.Sscanf("€x", "%c%c", &x, &i8))
}
