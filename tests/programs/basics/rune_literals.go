package main

import "fmt"

func main() {
	rs := []rune{'a', '\n', '\t', '\\', '\'', '"', '\x7f', '\u00e9', '\U0001F431', '\000', '\377', 'ß'}
	for _, r := range rs {
		fmt.Println(r, string(r) == fmt.Sprintf("%c", r), fmt.Sprintf("%q %U %#U %x", r, r, r, r))
	}
	var b byte = 'z'
	fmt.Println(b, b-'a', 'z'-'a', 'A'+2, string(rune('A'+2)))
	upper := make([]byte, 0, 26)
	for c := 'a'; c <= 'z'; c++ {
		upper = append(upper, byte(c-'a'+'A'))
	}
	fmt.Println(string(upper))
	digit := '7'
	fmt.Println(digit-'0', int(digit-'0')*3)
	fmt.Printf("%T %T %T\n", 'x', b, digit)
}
