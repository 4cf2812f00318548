package main

import "fmt"

func main() {
	strs := []string{"", "hello", "héllo wörld", "tab\there", "quote\"s", "new\nline", "\x00\x7f\xff", "日本語", "`back`"}
	for _, s := range strs {
		fmt.Printf("|%s|%q|%+q|%#q|%x|%X|% x|%10s|%-10s|%.3s|%8.2q|\n", s, s, s, s, s, s, s, s, s, s, s)
	}
	bs := []byte("bytes\x01")
	fmt.Printf("|%s|%q|%x|%X|% x|%v|%d|\n", bs, bs, bs, bs, bs, bs, bs)
	fmt.Printf("|%s|%v|%q|\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	fmt.Printf("|%5s|%-5s|%05s|\n", "ab", "ab", "ab")
	fmt.Printf("|%.2s|%.10s|%.0s|\n", "日本語", "short", "gone")
	fmt.Printf("|%c|%c|\n", 'A', '世')
	fmt.Printf("|%s|\n", 'x')
	fmt.Printf("|%s|%v|\n", nil, nil)
	fmt.Printf("|%x|%X|\n", "hi", []string{"hi", "yo"})
	fmt.Printf("|%#x|%# x|%#X|\n", "abc", "abc", []byte{1, 171})
	fmt.Printf("|%q|%#q|%+q|\n", 'a', '\n', 'é')
	fmt.Printf("|%q|\n", []rune("añ"))
	fmt.Printf("|%s|\n", []rune("ab"))
	fmt.Printf("|%v|%s|\n", [3]byte{65, 66, 67}, [3]byte{65, 66, 67})
	type MyStr string
	fmt.Printf("|%s|%q|%v|%x|\n", MyStr("my"), MyStr("my"), MyStr("my"), MyStr("my"))
	type MyBytes []byte
	fmt.Printf("|%s|%v|\n", MyBytes("mb"), MyBytes("mb"))
}
