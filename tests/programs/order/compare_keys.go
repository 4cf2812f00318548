// Operands gc passes by address are copied where they stand when they are local variables:
// both operands of a struct or array comparison, and the key of a map whose key is not a
// 4- or 8-byte integer-like value or a string. Globals and int/string keys are read later.
package main

import "fmt"

type P struct{ a, b int }

var gp P

func main() {
	v := P{1, 1}
	fmt.Println(v == func() P { v.a = 2; return P{1, 1} }())
	gp = P{1, 1}
	fmt.Println(gp == func() P { gp.a = 2; return P{1, 1} }())
	arr := [2]int{1, 2}
	fmt.Println(arr != func() [2]int { arr[0] = 0; return [2]int{1, 2} }())

	m := map[float64]int{1: 10, 2: 20}
	k := 1.0
	fmt.Println(m[k] + func() int { k = 2; return 0 }())
	mi := map[int]int{1: 10, 2: 20}
	ki := 1
	fmt.Println(mi[ki] + func() int { ki = 2; return 0 }())
	mp := map[P]int{{1, 1}: 5, {2, 2}: 6}
	kp := P{1, 1}
	fmt.Println(mp[kp] + func() int { kp = P{2, 2}; return 0 }())
	mb := map[bool]string{true: "t", false: "f"}
	kb := true
	fmt.Println(mb[kb] + func() string { kb = false; return "" }())
	ms := map[string]int{"a": 1, "b": 2}
	ks := "a"
	fmt.Println(ms[ks] + func() int { ks = "b"; return 0 }())
	mif := map[interface{}]int{1: 1, 2: 2}
	var kif interface{} = 1
	fmt.Println(mif[kif] + func() int { kif = 2; return 0 }())
	m[k] = func() int { k = 1; return 99 }()
	fmt.Println(m)
	mi[ki] = func() int { ki = 1; return 99 }()
	fmt.Println(mi)
}
