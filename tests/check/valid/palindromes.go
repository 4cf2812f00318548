// Unicode-aware string manipulation: reversing, palindromes, anagrams,
// run-length encoding, Caesar cipher, word wrapping.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		if letters[i] != letters[j] {
			return false
		}
	}
	return true
}

func anagramKey(s string) string {
	r := []rune(strings.ToLower(s))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func rle(s string) string {
	var sb strings.Builder
	r := []rune(s)
	for i := 0; i < len(r); {
		j := i
		for j < len(r) && r[j] == r[i] {
			j++
		}
		fmt.Fprintf(&sb, "%d%c", j-i, r[i])
		i = j
	}
	return sb.String()
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line == "" {
			line = w
		} else if len(line)+1+len(w) <= width {
			line += " " + w
		} else {
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	for _, s := range []string{"hello", "Grüße", "日本語", ""} {
		fmt.Printf("%q -> %q\n", s, reverse(s))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "No 'x' in Nixon", "Go gopher", "été", "12321"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}
	groups := map[string][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"} {
		k := anagramKey(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	fmt.Println(rle("aaabccddddd"), rle("ééé!!"), rle(""))
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, caesar(enc, -3))
	for _, l := range wrap("The Go programming language is an open source project to make programmers more productive.", 24) {
		fmt.Printf("|%-24s|\n", l)
	}
}
