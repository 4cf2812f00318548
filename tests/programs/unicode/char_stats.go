package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	text := `Go (also called Golang) is a statically typed, compiled language — designed at Google in 2007 by Robert Griesemer, Rob Pike, and Ken Thompson. Ünïcödé wörks tóo: 日本語, Ελληνικά, русский!`
	cats := map[string]int{}
	letters := map[rune]int{}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			cats["letter"]++
			letters[unicode.ToLower(r)]++
		case unicode.IsDigit(r):
			cats["digit"]++
		case unicode.IsSpace(r):
			cats["space"]++
		case unicode.IsPunct(r):
			cats["punct"]++
		default:
			cats["other"]++
		}
	}
	fmt.Println(cats)
	type lc struct {
		r rune
		n int
	}
	var list []lc
	for r, n := range letters {
		list = append(list, lc{r, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].r < list[j].r
	})
	for _, e := range list[:10] {
		fmt.Printf("%c=%d ", e.r, e.n)
	}
	fmt.Println()
	scripts := map[string]*unicode.RangeTable{"Latin": unicode.Latin, "Greek": unicode.Greek, "Cyrillic": unicode.Cyrillic, "Han": unicode.Han}
	names := []string{"Cyrillic", "Greek", "Han", "Latin"}
	for _, n := range names {
		c := 0
		for _, r := range text {
			if unicode.Is(scripts[n], r) {
				c++
			}
		}
		fmt.Println(n, c)
	}
}
