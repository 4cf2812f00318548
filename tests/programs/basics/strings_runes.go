package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	fmt.Println(string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	var r rune = 'ü'
	fmt.Println(string(r), len(string(r)))
	s := "héllo, 世界!"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(bs), len(rs))
	fmt.Println(bs)
	fmt.Println(rs)
	fmt.Println(string(bs[1:3]), string(rs[1:3]))
	bs[0] = 'H'
	fmt.Println(s, string(bs))
	rs[7] = '地'
	fmt.Println(string(rs))
	fmt.Println(string([]byte{}), string([]rune(nil)) == "")
	// invalid UTF-8 to runes
	bad := "a\xffb\xc3"
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q\n", string([]rune(bad)))
	// byte of string
	fmt.Println(s[0], s[1], s[2], string(s[1]))
	var bb []byte
	bb = append(bb, "abc"...)
	bb = append(bb, 'd')
	fmt.Println(string(bb), bb)
	rr := []rune{'G', 'o', 0x2318}
	fmt.Println(string(rr))
	fmt.Println(string(rune(0)) == "\x00", len(string(rune(0))))
	fmt.Println("a" + string(rune(98)) + "c")
}
