package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"hello", "tab\t", "quote\"", "back\\slash", "日本語", "\x00\x01\x7f", "\xff", "emoji 😀", "\u2028", "new\nline", "`"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 'é', 0x1F600, 0, -1, 0x10FFFF + 1} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	for _, s := range []string{`"hello"`, `"tab\there"`, "`raw\\n`", `'a'`, `'\n'`, `"\u00e9"`, `"\x41\101"`, `hello`, `"unterminated`, `'ab'`, `"bad\q"`, `""`, `"\U0001F600"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.IsPrint('é'), strconv.IsGraphic(' '))
	q, err := strconv.QuotedPrefix(`"abc"def`)
	fmt.Println(q, err)
}
