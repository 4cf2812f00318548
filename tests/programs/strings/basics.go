package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.Contains(s, "world"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'G'), strings.ContainsAny("", ""))
	fmt.Println(strings.Count(s, "Hello"), strings.Count(s, "l"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(s, "Hello"), strings.HasSuffix(s, "Go!"), strings.HasPrefix(s, ""))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Index(s, "xyz"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.IndexFunc("Hello123", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO WÖRLD"), strings.Title("hello world"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t\n hello world \r\n "))
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q %q\n", strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.ToTitle("loud"), strings.ToUpper("ß"), strings.ToLower("İ"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xray"))
}
