package main

import "fmt"

func main() {
	words := []string{"go", "café", "日本", "naïve", "😀x", ""}
	for _, w := range words {
		fmt.Printf("[%6s][%-6s][%.2s][%6.1s][%q][%-8q][%x]\n", w, w, w, w, w, w, w)
	}
	fmt.Printf("[%3c][%-3c][%03c]\n", '日', 'é', 'x')
	fmt.Printf("[%5U][%-12U][%#U]\n", 'é', '日', '😀')
	fmt.Printf("[%q][%+q][%#q][%#+q]\n", "日本\t", "日本\t", "日本", "日本")
	fmt.Printf("[%q][%q][%q]\n", "\a\b\f\r\v", "\u2028", "\U0010FFFF")
	fmt.Printf("[%q][%+q]\n", "\xff\xfe", "é\xff")
	fmt.Printf("[%c][%c][%q][%q]\n", -1, 0x110000, rune(-1), rune(0xD800))
	fmt.Printf("[%U][%#U][%#U]\n", -1, 0x110000, '\n')
}
