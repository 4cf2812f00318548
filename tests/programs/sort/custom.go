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
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}, {"Frank", 20}}
	p1 := append([]Person(nil), people...)
	sort.Stable(ByAge(p1))
	fmt.Println(p1)
	p2 := append([]Person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].Age > p2[j].Age })
	fmt.Println(p2)
	p3 := append([]Person(nil), people...)
	sort.Slice(p3, func(i, j int) bool {
		if p3[i].Age != p3[j].Age {
			return p3[i].Age < p3[j].Age
		}
		return p3[i].Name < p3[j].Name
	})
	fmt.Println(p3)
	fmt.Println(sort.SliceIsSorted(p3, func(i, j int) bool { return p3[i].Age < p3[j].Age }))
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	// case-insensitive sort with tie-break
	names := []string{"bob", "Alice", "alice", "Bob", "carl"}
	sort.Slice(names, func(i, j int) bool {
		li, lj := strings.ToLower(names[i]), strings.ToLower(names[j])
		if li != lj {
			return li < lj
		}
		return names[i] < names[j]
	})
	fmt.Println(names)
	// binary search over struct slice
	i := sort.Search(len(p3), func(k int) bool { return p3[k].Age >= 30 })
	fmt.Println(i, p3[i])
}
