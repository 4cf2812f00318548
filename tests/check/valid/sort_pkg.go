// The sort package: Ints, Strings, Slice, SliceStable, Sort, Search.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people[0].Age, people[4])
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	sorted := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 8), sort.SearchInts(sorted, 100))
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 })
	fmt.Println(idx, sorted[idx])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	fmt.Println(sort.IsSorted(ByAge(people)), sort.StringsAreSorted([]string{"a", "b"}))
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	fmt.Println(big[0], big[1], big[100], big[199], sort.IntsAreSorted(big))
}
