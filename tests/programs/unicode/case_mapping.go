package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'z', 'é', 'É', 'ß', 'ǆ', 'Σ', 'σ', 'ς', '1', 'İ', 'ı', 'ÿ'} {
		fmt.Printf("%c upper=%c lower=%c title=%c fold=%c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	// fold orbit
	r := 'k'
	for i := 0; i < 4; i++ {
		fmt.Printf("%c(%U) ", r, r)
		r = unicode.SimpleFold(r)
	}
	fmt.Println()
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'))
	count := map[string]int{}
	for _, c := range "Hello, Wörld! 123 ΑΒΓ" {
		switch {
		case unicode.IsUpper(c):
			count["upper"]++
		case unicode.IsLower(c):
			count["lower"]++
		case unicode.IsDigit(c):
			count["digit"]++
		case unicode.IsSpace(c):
			count["space"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
