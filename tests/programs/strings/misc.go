package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Fields(" multiple   spaces here "))
	fmt.Println(len(strings.Repeat("-", 40)))
	var parts []string
	for i := 0; i < 5; i++ {
		parts = append(parts, strings.Repeat("*", i))
	}
	fmt.Printf("%q\n", parts)
	// string immutability & comparisons
	a := "hello"
	b := a[:4] + "o"
	fmt.Println(a == b, a < "help", strings.Compare(a, b))
	// lines and trimming
	input := "  line one  \n\tline two\t\n\n  line three"
	for i, l := range strings.Split(input, "\n") {
		fmt.Printf("%d:%q->%q\n", i, l, strings.TrimSpace(l))
	}
	// count vowels
	vowels := 0
	for _, r := range "The Quick Brown Fox" {
		if strings.ContainsRune("aeiouAEIOU", r) {
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)
	// LastIndex on unicode
	u := "日本語の日本"
	fmt.Println(strings.Index(u, "日本"), strings.LastIndex(u, "日本"), strings.Count(u, "日"))
	fmt.Println(strings.TrimLeft("aaabbb", "a"), strings.TrimPrefix("aaabbb", "a"))
	fmt.Println(strings.Title("ünicode wörds"), strings.ToUpper("ǆ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.IndexAny("", "a"), strings.LastIndex("", ""), strings.Index("abc", "abcd"))
	fmt.Printf("%q\n", strings.SplitN("", ",", 3))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("aaaa", "aa"))
}
