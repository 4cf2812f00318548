package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Print(name, " ")
	return v
}

func main() {
	// short-circuit evaluation order
	if t("a", false) && t("b", true) {
		fmt.Println("no")
	}
	fmt.Println()
	if t("c", true) || t("d", true) {
		fmt.Println("yes")
	}
	fmt.Println(t("e", true) && t("f", false) || t("g", true))
	fmt.Println(!true, !false, true == false, true != false)
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 5
	x %= 3
	fmt.Println(x)
	y := 0xFF
	y &= 0x0F
	y |= 0x30
	y ^= 0x01
	y <<= 2
	y >>= 1
	y &^= 0x2
	fmt.Println(y)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	f := 1.5
	f *= 4
	f -= 0.5
	f /= 2
	fmt.Println(f)
	// precedence
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 2*3%4, 1<<2+1, 1<<(2+1), 6&3|8, -2*-3, ^1+1)
	fmt.Println(5 > 3 == true, 1+2 == 3 && 4 < 5)
	i := 5
	i++
	i--
	i++
	fmt.Println(i)
	var u uint = 3
	fmt.Println(-u > 0, -int(u))
	arr := [3]int{1, 2, 3}
	arr[1]++
	arr[2] *= 10
	fmt.Println(arr)
	m := map[string]int{}
	m["k"]++
	m["k"] += 10
	fmt.Println(m["k"])
}
