package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	samples := []string{"", "a", "é", "世界", "😀", "a\xffb", "\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf"}
	for _, s := range samples {
		fmt.Printf("%q len=%d runes=%d valid=%v:", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
		for i := 0; i < len(s); {
			r, sz := utf8.DecodeRuneInString(s[i:])
			fmt.Printf(" %U/%d", r, sz)
			i += sz
		}
		fmt.Println()
	}
	for _, r := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -5, 0xd800} {
		b := make([]byte, 4)
		n := utf8.EncodeRune(b, r)
		fmt.Printf("%X -> % x (%d) validRune=%v len=%d\n", r, b[:n], n, utf8.ValidRune(r), utf8.RuneLen(r))
	}
	// walk backwards
	s := "aé世😀"
	for len(s) > 0 {
		r, sz := utf8.DecodeLastRuneInString(s)
		fmt.Print(string(r), sz, " ")
		s = s[:len(s)-sz]
	}
	fmt.Println()
}
