package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.Write([]byte("!!"))
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d;", i*i)
	}
	fmt.Println(sb.String())
	var table strings.Builder
	rows := [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, r := range rows {
		table.WriteString(fmt.Sprintf("%-8s|%4s\n", r[0], r[1]))
	}
	fmt.Print(table.String())
	// build a big string
	var big strings.Builder
	for i := 0; i < 1000; i++ {
		big.WriteString("ab")
	}
	fmt.Println(big.Len(), strings.Count(big.String(), "ba"))
	n, err := sb.WriteString("xyz")
	fmt.Println(n, err)
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a < b && c > d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("hello", "hi", "world", "earth")
	fmt.Println(r3.Replace("hello world, hello!"))
}
