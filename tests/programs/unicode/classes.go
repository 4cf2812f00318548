package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', 'é', 'Ω', '世', '٣', '_', '-', '\u00a0', 0x1F600, '\x00', 'ǅ', 'ⅷ'}
	for _, r := range runes {
		fmt.Printf("%U letter=%t digit=%t number=%t space=%t punct=%t upper=%t lower=%t title=%t print=%t graphic=%t control=%t symbol=%t mark=%t\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			unicode.IsControl(r), unicode.IsSymbol(r), unicode.IsMark(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'Ω'), unicode.In('ж', unicode.Cyrillic, unicode.Greek))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
}
