package main

import (
	"fmt"
	"sort"
	"strings"
)

type point struct {
	x, y int
	tag  string
}

// big is larger than the swap buffer sort's native uses in pieces.
type big struct {
	key  int
	fill [40]int
	name string
}

type named []float64

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	words := strings.Fields("pear fig apple kiwi banana cherry date")
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] > words[j] })
	fmt.Println(words)

	pts := []point{{3, 1, "c"}, {1, 2, "a"}, {2, 2, "b"}, {1, 1, "d"}, {3, 0, "e"}}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].x < pts[j].x })
	fmt.Println(pts)
	fmt.Println(sort.SliceIsSorted(pts, func(i, j int) bool { return pts[i].x < pts[j].x }),
		sort.SliceIsSorted(pts, func(i, j int) bool { return pts[i].y < pts[j].y }))

	bs := make([]big, 30)
	for i := range bs {
		bs[i].key = (i * 17) % 30
		bs[i].fill[39] = bs[i].key
		bs[i].name = fmt.Sprint("n", bs[i].key)
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].key > bs[j].key })
	ok := true
	for i := range bs {
		ok = ok && bs[i].key == 29-i && bs[i].fill[39] == bs[i].key && bs[i].name == fmt.Sprint("n", bs[i].key)
	}
	fmt.Println(ok, bs[0].name, bs[29].name)

	fs := named{2.5, -1, 3.25, 0}
	sort.Slice(fs, func(i, j int) bool { return fs[i] < fs[j] })
	fmt.Println(fs)
	bytes := []byte("sorting")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Println(string(bytes))
	arrs := [][2]int16{{3, 4}, {1, 2}, {2, 9}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	fmt.Println(arrs)
	ps := []*point{&pts[4], &pts[0], &pts[2]}
	sort.Slice(ps, func(i, j int) bool { return ps[i].tag < ps[j].tag })
	fmt.Println(ps[0].tag, ps[1].tag, ps[2].tag)
	var empty []int
	sort.Slice(empty, func(i, j int) bool { return false })
	one := []string{"x"}
	sort.SliceStable(one, func(i, j int) bool { return false })
	fmt.Println(empty, one, sort.SliceIsSorted(empty, nil))

	try("int", func() { sort.Slice(5, func(i, j int) bool { return false }) })
	try("nil", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	try("array", func() { sort.SliceStable([3]int{}, func(i, j int) bool { return false }) })
	try("map", func() { sort.SliceIsSorted(map[int]int{}, func(i, j int) bool { return false }) })
	try("pointer", func() { sort.Slice(&words, func(i, j int) bool { return false }) })
	try("string", func() { sort.Slice("abc", func(i, j int) bool { return false }) })
}

func init() {
	fmt.Println(sort.SliceIsSorted([3]int{}, func(i, j int) bool { return false }),
		sort.SliceIsSorted("ba", func(i, j int) bool { return i == 1 }),
		sort.SliceIsSorted(map[int]int{1: 1, 2: 2}, func(i, j int) bool { return true }),
		sort.SliceIsSorted(map[int]int(nil), func(i, j int) bool { return true }))
}
