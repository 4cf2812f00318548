package main

import (
	"bufio"
	"fmt"
	"os"
	"unicode/utf8"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanRunes)
	n, multi := 0, 0
	var out []string
	for sc.Scan() {
		t := sc.Text()
		n++
		if len(t) > 1 {
			multi++
		}
		r, _ := utf8.DecodeRuneInString(t)
		out = append(out, fmt.Sprintf("%U", r))
	}
	fmt.Println(n, multi)
	fmt.Println(out)
}
