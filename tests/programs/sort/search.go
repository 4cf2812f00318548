package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
	for _, w := range []string{"cherry", "coconut", "a", "zebra", "fig"} {
		i := sort.SearchStrings(words, w)
		found := i < len(words) && words[i] == w
		fmt.Printf("%-8s idx=%d found=%v\n", w, i, found)
	}
	// first bad version style search
	firstBad := 37
	calls := 0
	v := sort.Search(100, func(i int) bool { calls++; return i >= firstBad })
	fmt.Println("first bad:", v, "calls:", calls)
	// search descending data
	desc := []int{90, 70, 50, 30, 10}
	i := sort.Search(len(desc), func(i int) bool { return desc[i] <= 40 })
	fmt.Println("first <=40 at", i, desc[i])
	// insert keeping order
	sorted := []int{}
	for _, x := range []int{5, 1, 4, 1, 5, 9, 2, 6} {
		pos := sort.SearchInts(sorted, x)
		sorted = append(sorted, 0)
		copy(sorted[pos+1:], sorted[pos:])
		sorted[pos] = x
	}
	fmt.Println(sorted)
	// prefix search
	dict := strings.Fields("car card care careful cart cat dog door")
	sort.Strings(dict)
	prefix := "car"
	start := sort.SearchStrings(dict, prefix)
	var matches []string
	for k := start; k < len(dict) && strings.HasPrefix(dict[k], prefix); k++ {
		matches = append(matches, dict[k])
	}
	fmt.Println(matches)
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.SearchFloat64s([]float64{1.5, 2.5}, 2))
}
