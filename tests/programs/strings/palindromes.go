package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longestPalSub(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, w := range [2]int{0, 1} {
			l, r := c, c+w
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?", "Ésé"} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "a"} {
		fmt.Println(s, longestPalSub(s))
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(strings.Title(strings.ToLower("THE QUICK brown fOX")))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	var acr strings.Builder
	for _, w := range words {
		acr.WriteString(strings.ToUpper(w[:1]))
	}
	fmt.Println(acr.String())
}
