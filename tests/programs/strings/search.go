package main

import (
	"fmt"
	"strings"
)

func kmpTable(p string) []int {
	t := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = t[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		t[i] = k
	}
	return t
}

func kmpSearch(s, p string) []int {
	var res []int
	t := kmpTable(p)
	k := 0
	for i := 0; i < len(s); i++ {
		for k > 0 && s[i] != p[k] {
			k = t[k-1]
		}
		if s[i] == p[k] {
			k++
		}
		if k == len(p) {
			res = append(res, i-len(p)+1)
			k = t[k-1]
		}
	}
	return res
}

func allIndex(s, sub string) []int {
	var res []int
	off := 0
	for {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return res
		}
		res = append(res, off+i)
		off += i + 1
	}
}

func main() {
	s := "abababcabababcababab"
	for _, p := range []string{"abab", "abc", "bca", "zzz", "a"} {
		fmt.Println(p, kmpSearch(s, p), allIndex(s, p), strings.Count(s, p))
	}
	fmt.Println(kmpTable("aabaaab"))
	text := "to be or not to be that is the question"
	fmt.Println(strings.Index(text, "be"), strings.LastIndex(text, "be"), strings.Index(text, "question"))
	fmt.Println(strings.EqualFold("Question", "QUESTION"), strings.Contains(strings.ToLower("ABC"), "b"))
}
