package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 34 hello 2.5", "%d %d %s %g", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	var x, y int
	n, err = fmt.Sscan("7\n8", &x, &y)
	fmt.Println(n, err, x, y)
	var w1, w2 string
	n, err = fmt.Sscanln("alpha beta", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	var k int
	n, err = fmt.Sscanf("key=42", "key=%d", &k)
	fmt.Println(n, err, k)
	var bad int
	n, err = fmt.Sscan("notanumber", &bad)
	fmt.Println(n, err, bad)
	var h int
	n, err = fmt.Sscanf("ff", "%x", &h)
	fmt.Println(n, err, h)
	var r1, r2 rune
	n, err = fmt.Sscanf("ab", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	var bo bool
	n, err = fmt.Sscan("true", &bo)
	fmt.Println(n, err, bo)
	var q string
	n, err = fmt.Sscanf(`"quoted str"`, "%q", &q)
	fmt.Println(n, err, q)
	var m1, m2 int
	n, err = fmt.Sscan("5", &m1, &m2)
	fmt.Println(n, err, m1, m2)
}
