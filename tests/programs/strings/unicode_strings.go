package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界! ñandú"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	fmt.Println(strings.ToUpper(s), strings.Index(s, "界"), strings.IndexRune(s, 'ñ'))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%c:%d ", r, size)
		s = s[size:]
	}
	fmt.Println()
	t := "añb"
	r, size := utf8.DecodeLastRuneInString(t)
	fmt.Println(string(r), size)
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("bad\xff"), utf8.RuneLen('世'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune([]byte("x"), 'é'))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8), utf8.UTFMax, utf8.RuneError)
	bad := []byte("a\xc3")
	r, size = utf8.DecodeRune(bad[1:])
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r, size)
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte{0xed, 0xa0, 0x80}))
}
