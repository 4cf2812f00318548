// unicode and unicode/utf8.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func classify(r rune) []string {
	var out []string
	checks := []struct {
		name string
		f    func(rune) bool
	}{
		{"letter", unicode.IsLetter},
		{"digit", unicode.IsDigit},
		{"number", unicode.IsNumber},
		{"space", unicode.IsSpace},
		{"upper", unicode.IsUpper},
		{"lower", unicode.IsLower},
		{"punct", unicode.IsPunct},
		{"symbol", unicode.IsSymbol},
		{"control", unicode.IsControl},
		{"graphic", unicode.IsGraphic},
		{"print", unicode.IsPrint},
	}
	for _, c := range checks {
		if c.f(r) {
			out = append(out, c.name)
		}
	}
	return out
}

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', '+', 'é', '世', 'Ⅻ', '\u00a0', '€'} {
		fmt.Printf("%q %v\n", r, classify(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('α', unicode.Greek, unicode.Cyrillic))
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == utf8.RuneError, utf8.UTFMax, utf8.RuneSelf)

	s := "Grüße, 世界"
	b := []byte(s)
	fmt.Println(len(s), utf8.RuneCount(b), utf8.RuneCountInString(s), utf8.Valid(b))
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('ü'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	fmt.Println(utf8.ValidRune(0x10FFFF), utf8.ValidRune(0xD800), utf8.FullRune([]byte{0xe4, 0xb8}))
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'x', 'ß', '界'} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Println(buf, string(buf))
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'))
}
