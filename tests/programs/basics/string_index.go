package main

import "fmt"

func main() {
	s := "aé世😀"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Println(i, r, string(r), fmt.Sprintf("%c %U", r, r))
	}
	bad := "x\xe4\xb8y\x80z\xf0\x9f"
	for i, r := range bad {
		fmt.Println(i, r, r == 0xFFFD)
	}
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println("runes:", n)
	fmt.Println(s[1:3], len(s[1:]), s[len(s)-4:])
	t := s
	t += "!"
	fmt.Println(s, t, s < t, "abc" < "abd", "ab" < "abc", "b" > "abc")
	fmt.Println(`raw\nstring`, "esc\ttab", "\u00e9\U0001F600\x41\101")
	var empty string
	fmt.Println(len(empty), empty == "", "["+empty+"]")
	cmp := []string{"a", "A", "", "aa", "é", "z"}
	for _, x := range cmp {
		for _, y := range cmp {
			if x < y {
				fmt.Print(x, "<", y, " ")
			}
		}
	}
	fmt.Println()
}
