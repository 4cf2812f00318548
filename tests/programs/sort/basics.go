package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 3, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"banana", "Apple", "cherry", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{3.5, -1, 2.25, 0, 100}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	fmt.Println(sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100), sort.SearchInts(ints, -5))
	fmt.Println(sort.SearchStrings(strs, "banana"), sort.SearchFloat64s(fl, 2.25))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)
	x := sort.IntSlice{3, 1, 2}
	x.Sort()
	fmt.Println(x, x.Search(2), x.Len())
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.SearchInts(empty, 1))
	fmt.Println(sort.IsSorted(sort.IntSlice{1, 2, 2, 3}), sort.IsSorted(sort.IntSlice{2, 1}))
}
