package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"Upper", unicode.Upper}, {"Lower", unicode.Lower}, {"Title", unicode.Title},
		{"Mark", unicode.Mark}, {"Number", unicode.Number}, {"Digit", unicode.Digit}, {"Punct", unicode.Punct},
		{"Symbol", unicode.Symbol}, {"Space", unicode.Space}, {"Zs", unicode.Zs}, {"Cc", unicode.Cc},
		{"Han", unicode.Han}, {"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Hiragana", unicode.Hiragana},
		{"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul},
	}
	for _, e := range tables {
		count := 0
		sum := 0
		for r := rune(-3); r <= unicode.MaxRune+3; r += 61 {
			if unicode.Is(e.t, r) {
				count++
				sum += int(r) % 1000
			}
		}
		last16, last32 := 0, 0
		if n := len(e.t.R16); n > 0 {
			last16 = int(e.t.R16[n-1].Hi)
		}
		if n := len(e.t.R32); n > 0 {
			last32 = int(e.t.R32[n-1].Hi)
		}
		fmt.Printf("%-9s R16=%3d R32=%3d latin=%d last=%#x/%#x sampled=%d sum=%d\n", e.name,
			len(e.t.R16), len(e.t.R32), e.t.LatinOffset, last16, last32, count, sum)
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd, unicode.Space == unicode.Z)
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('ж'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hangul}, '한'))
	fmt.Println(unicode.Is(unicode.Latin, -1), unicode.Is(unicode.Han, 0x10FFFF+1), unicode.Is(unicode.Letter, 'é'))
	// A table of the program's own.
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'i', 4}, {'o', 'u', 6}}, LatinOffset: 3}
	for _, r := range "abeiouxz" {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	// The functions agree with the tables.
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r += 13 {
		if unicode.IsLetter(r) != unicode.Is(unicode.Letter, r) || unicode.IsUpper(r) != unicode.Is(unicode.Upper, r) ||
			unicode.IsDigit(r) != unicode.Is(unicode.Digit, r) || unicode.IsPunct(r) != unicode.Is(unicode.Punct, r) {
			bad++
		}
	}
	fmt.Println("disagreements:", bad)
}
