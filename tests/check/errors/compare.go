// Comparisons of incomparable types.

package main

type WithSlice struct{ s []int }
type Arr [2][]int

func f() {}

func main() {
	s1, s2 := []int{1}, []int{2}
	_ = s1 == s2 // ERROR "invalid operation: (cannot compare )?s1 == s2 \(slice can only be compared to nil\)"
	_ = s1 == nil
	m1, m2 := map[int]int{}, map[int]int{}
	_ = m1 != m2 // ERROR "invalid operation: (cannot compare )?m1 != m2 \(map can only be compared to nil\)"
	_ = f == f   // ERROR "invalid operation: (cannot compare )?f == f \(func can only be compared to nil\)"
	_ = f == nil
	w1, w2 := WithSlice{}, WithSlice{}
	_ = w1 == w2 // ERROR "invalid operation: (cannot compare )?w1 == w2 \(struct containing \[\]int cannot be compared\)"
	var a1, a2 Arr
	_ = a1 == a2            // ERROR "invalid operation: (cannot compare )?a1 == a2 \(\[2\]\[\]int cannot be compared\)"
	_ = map[WithSlice]int{} // ERROR "(invalid|incomparable) map key type WithSlice"
	_ = map[[]int]bool{}    // ERROR "(invalid|incomparable) map key type \[\]int"
	var i interface{} = 1
	_ = i == s1 // ERROR "invalid operation: (cannot compare )?i == s1 \(slice can only be compared to nil\)"
	_ = i == 1
}
