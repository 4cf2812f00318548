// Methods with value and pointer receivers on various named types.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }
func (r Rect) ScaledCopy(f float64) Rect {
	r.Scale(f) // addressable copy
	return r
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }
func (s Stack) Len() int  { return len(s) }

type Freq map[string]int

func (f Freq) Add(words ...string) {
	for _, w := range words {
		f[w]++
	}
}
func (f Freq) Top() string {
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if f[keys[i]] != f[keys[j]] {
			return f[keys[i]] > f[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return strings.Join(keys, ",")
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	r := Rect{3, 4}
	fmt.Println(r.Area())
	r.Scale(2)
	fmt.Println(r, r.Area())
	c := r.ScaledCopy(0.5)
	fmt.Println(r, c)
	pr := &r
	fmt.Println(pr.Area())

	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Pop(), s.Pop(), s.Peek(), s.Len(), s)

	f := Freq{}
	f.Add("a", "b", "a", "c", "b", "a")
	fmt.Println(f.Top(), f["a"])

	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(2, 3), Op(func(a, b int) int { return a * b }).Apply(2, 3))

	temps := []Celsius{-3.25, 0, 21.5}
	fmt.Println(temps, temps[2])
	fmt.Printf("%v %s %.2f\n", temps[0], temps[1], float64(temps[2]))
	rects := []Rect{{1, 1}, {2, 2}}
	for i := range rects {
		rects[i].Scale(3)
	}
	fmt.Println(rects)
	m := map[string]*Rect{"a": {1, 2}}
	m["a"].Scale(10)
	fmt.Println(*m["a"])
}
