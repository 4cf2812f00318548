package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("end%\n")
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", "p", 5)
	fmt.Printf("%*d\n", 5)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%[1]d %d %d\n", 5, 6)
	fmt.Printf("%[2]*[1]d|\n", 12, 5)
	fmt.Printf("%t\n", "str")
	fmt.Printf("%x\n", true)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%e\n", 12)
	fmt.Printf("%d\n", T{5})
	fmt.Printf("%s\n", T{5})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %d\n", []interface{}{1, "x"}, []interface{}{1, "x"})
	fmt.Printf("%p\n", nil)
	fmt.Printf("%p\n", 5)
	var ip *int
	var sl []int
	var m map[int]int
	var fn func()
	fmt.Printf("%p %p %p %p\n", ip, sl, m, fn)
	fmt.Printf("%v %d\n", ip, ip)
	fmt.Printf("%.2.3f\n", 1.0)
	fmt.Printf("%-+ #0d\n", 5)
	fmt.Printf("%%d %5%|\n")
	fmt.Printf("%v %v\n", complexError{}, 1)
	s := fmt.Sprintf("%d %s", "a")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%!d(string=hi)"))
	fmt.Printf("%v\n")
}

type complexError struct{}

func (complexError) Error() string { return "cerr" }
