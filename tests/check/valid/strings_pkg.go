// The strings package.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Fields(t), len(strings.Fields(t)))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "--"))
	fmt.Println(strings.Contains(t, "fox"), strings.ContainsRune(t, 'z'), strings.ContainsAny(t, "!?"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.IndexByte(t, 'q'), strings.IndexRune(t, 'x'), strings.Index(t, "cat"))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"), strings.Count(t, "o"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper("mixed Case"), strings.ToLower("MIXED Case"), strings.Title("hello world"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Fields(" a \t b\nc "), strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	rd := strings.NewReader("reader")
	buf := make([]byte, 4)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf[:n]), rd.Len())
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexAny("golang", "ny"), strings.ToTitle("go"))
}
