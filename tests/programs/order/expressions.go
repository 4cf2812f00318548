// Evaluation order inside one statement, as gc's order pass gives it: calls (and receives,
// len/cap, append, copy, make, new, slice expressions, type assertions to non-pointer types,
// []byte/[]rune conversions, && and ||) are evaluated first, left to right; variables, fields,
// indexes, dereferences and arithmetic are read afterwards.
package main

import (
	"fmt"
	"strings"
)

type T struct{ x int }

func (t T) get() int   { return t.x }
func (t *T) pget() int { return t.x }

type P struct{ a, b int }

var g = 1
var gs = T{1}
var gp P

func show(args ...interface{}) { fmt.Println(args...) }

func two(a, b int) int { return a*10 + b }

func main() {
	// Arithmetic: the call runs before the variable is read.
	a := 1
	bump := func() int { a++; g++; return 0 }
	fmt.Println(a+bump(), g+bump(), a, g)
	fmt.Println(bump()+a, a-bump())

	// Arguments: f(a, g()) reads a after g().
	j := 0
	inc := func() int { j++; return j }
	fmt.Println(j, inc())
	fmt.Println(two(j, inc()), two(inc(), j))
	show(j, inc(), j)

	// Conversions to interface: a variable whose conversion needs its address (bool, byte,
	// pointers, structs) is copied where it stands; int, string, slice are read later.
	b := true
	var by byte = 1
	p := &T{1}
	st := T{1}
	str := "s"
	sl := []int{1}
	n := 1
	change := func() int { b = false; by = 2; p = &T{2}; st.x = 2; str = "t"; sl = []int{2}; n = 2; return 0 }
	fmt.Println(b, by, p.x, st, str, sl, n, change())
	b, by, p, st, str, sl, n = true, 1, &T{1}, T{1}, "s", []int{1}, 1
	fmt.Println(*p, p.x, change())
	gs = T{1}
	chg := func() int { gs.x = 7; return 0 }
	fmt.Println(gs, chg()) // 8 bytes without pointers: converted without its address
	pp := P{1, 1}
	gp = P{1, 1}
	chp := func() int { pp.a = 2; gp.a = 2; return 0 }
	fmt.Println(pp, gp, chp(), pp, gp) // a local P is copied where it stands, a global is not
	arr := [3]int{1, 2, 3}
	fmt.Println(arr, func() int { arr[0] = 0; return 0 }(), arr)

	// Method calls are calls: t.get() runs in order with the other calls.
	t := T{1}
	fmt.Println(t.get()+func() int { t.x = 9; return 0 }(), t.x)
	t = T{1}
	fmt.Println(t.x+func() int { t.x = 9; return 0 }(), t.pget())
	pt := &T{1}
	fmt.Println(pt.get(), func() int { pt = &T{5}; return 0 }(), pt.x)

	// Index, field and map reads happen after the calls.
	s := []int{1, 2}
	i := 0
	seti := func() int { i = 1; s[0] = 10; return 0 }
	fmt.Println(s[i]+seti(), s[0])
	m := map[int]int{0: 10, 1: 20}
	k := 0
	fmt.Println(m[k]+func() int { k = 1; return 0 }())
	q := &T{3}
	fmt.Println(q.x+func() int { q.x = 4; return 0 }(), (*q).x)

	// len, cap and slice expressions are evaluated where they stand, like calls.
	e := []int{1, 2}
	grow := func() int { e = append(e, 3); return 0 }
	fmt.Println(len(e), grow(), len(e))
	e = []int{1, 2}
	fmt.Println(e[:1], cap(e[:1]), grow(), e[:1], len(e))
	e = []int{1, 2}
	fmt.Println(e, grow()) // a slice variable is read later

	// append and copy are calls.
	x := []int{1, 2, 3}
	fmt.Println(append(x[:1], 9), x, copy(x, []int{7}), x)

	// []byte and []rune conversions are evaluated in order, string(b) later.
	bs := []byte("ab")
	word := "ab"
	mut := func() int { bs[0] = 'z'; word = "zz"; return 0 }
	fmt.Println(string(bs), []byte(word), []rune(word), mut(), string(bs))

	// String concatenation and comparison read their operands after the calls.
	w := "a"
	fmt.Println(w+func() string { w = "b"; return "!" }()+w, w)
	c := 1
	fmt.Println(c == func() int { c = 2; return 2 }(), c < func() int { c = 0; return 1 }())

	// Composite literals: the calls first.
	v := 1
	setv := func() int { v = 9; return 9 }
	fmt.Println([]int{v, setv()}, v)
	v = 1
	fmt.Println([2]int{v, setv()}, P{v, setv()}, P{b: setv(), a: v})
	v = 1
	fmt.Println(map[string]int{"v": v, "f": setv()})
	v = 1
	fmt.Println(&P{v, setv()}, strings.Repeat("x", v))

	// Type assertions to non-pointer types are evaluated in order; to pointer types later.
	var iv interface{} = 1
	var ip interface{} = &T{1}
	swap := func() int { iv = 2; ip = &T{2}; return 0 }
	fmt.Println(iv.(int), ip.(*T).x, swap(), iv.(int), ip.(*T).x)

	// && and ||: the whole operation is evaluated where it stands; its right operand keeps its
	// own order.
	r := 1
	ok := r > 0 && func() bool { r = 5; return true }() && r == 5
	fmt.Println(ok)
	r = 1
	fmt.Println(r, r == 1 || func() bool { r = 3; return true }(), r > 2 && r+func() int { r = 0; return 0 }() == 0, r)

	// Nested calls: inner calls first, each call's own operands read when it runs.
	z := 1
	setz := func(v int) int { z = v; return v }
	fmt.Println(two(z, setz(2))+z, two(setz(3), z), z)
	fmt.Println(two(z+setz(4), setz(z)))
}
