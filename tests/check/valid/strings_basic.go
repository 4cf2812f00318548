// Strings: bytes, slicing, concatenation, comparison, conversions.
package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[0], s[7], string(s[0]), s[:5], s[7:10])
	t := s + " " + `raw\nstring`
	fmt.Println(t)
	fmt.Println("tab\tnewline\\n quote\" unicode\u00e9 \x41 \101 \U0001F600")
	fmt.Println("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "ab"+"c")

	b := []byte("bytes")
	b[0] = 'B'
	fmt.Println(string(b), b)
	r := []rune(s)
	fmt.Println(len(r), string(r[7]), string(r[7:9]))
	r[0] = 'J'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))

	var sb []byte
	for i := 0; i < 5; i++ {
		sb = append(sb, byte('a'+i))
	}
	sb = append(sb, "xyz"...)
	fmt.Println(string(sb))

	// strings are immutable; slicing shares but copies are independent
	u := s[7:]
	s = "changed"
	fmt.Println(u, s)

	multi := `line1
line2
	line3`
	fmt.Println(multi)
	fmt.Printf("%q %v %x % x %X\n", "hi\n", "hi", "hi", "hi", []byte("Go"))
	fmt.Printf("%s|%10s|%-10s|%.2s\n", "go", "go", "go", "golang")
	var empty string
	fmt.Println(empty == "", len(empty))
}
