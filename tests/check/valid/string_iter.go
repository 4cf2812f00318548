// Iterating strings by byte and by rune, UTF-8 decoding.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "aé世\U0001F600"
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s))

	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), r2s(utf8.RuneError))

	rest := s
	for len(rest) > 0 {
		r, size := utf8.DecodeRuneInString(rest)
		fmt.Print(string(r), size, " ")
		rest = rest[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)

	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	buf = utf8.AppendRune(nil, 'é')
	fmt.Println(buf)

	counts := map[string]int{}
	for _, r := range "Hello, World 123 ÄÖ!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		}
	}
	fmt.Println(counts["upper"], counts["lower"], counts["digit"], counts["space"], counts["punct"])
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')))
	var keys []rune
	for _, r := range "hello" {
		keys = append(keys, r)
	}
	fmt.Println(keys, string(keys))
}

func r2s(r rune) string { return fmt.Sprintf("%U", r) }
