package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n\nqux  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc(";;a;;b;", func(r rune) bool { return r == ';' }))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	fmt.Printf("%q\n", strings.Split(" a  b ", " "))
	parts := strings.Split("2024-01-15", "-")
	fmt.Println(len(parts), parts[0], parts[1], parts[2])
	csv := "name,age\nann,30\nbob,25\n"
	for i, line := range strings.Split(strings.TrimSpace(csv), "\n") {
		fields := strings.Split(line, ",")
		fmt.Println(i, fields, len(fields))
	}
}
