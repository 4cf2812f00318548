package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print(S("s1"), S("s2"), "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	s1 := fmt.Sprint("a", 1, 2, "b")
	s2 := fmt.Sprintln("a", 1, 2, "b")
	s3 := fmt.Sprint()
	s4 := fmt.Sprintln()
	fmt.Printf("%q %q %q %q\n", s1, s2, s3, s4)
	fmt.Printf("%q\n", fmt.Sprint(1.5, 2, "x", 3, struct{}{}, 4))
	fmt.Printf("%q\n", fmt.Sprint("", "", 1, ""))
	fmt.Printf("%q\n", fmt.Sprint(1, "", 2))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Print("12345\n")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d%s\n", 7, "é")
	fmt.Println(n, err)
}
