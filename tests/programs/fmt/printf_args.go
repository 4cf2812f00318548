package main

import "fmt"

func main() {
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%[3]v %[2]v %[1]v\n", "a", "b", "c")
	fmt.Printf("%[2]*[1]d|%-[2]*[1]d|\n", 42, 6)
	fmt.Printf("%.[2]*[1]f\n", 3.14159, 2)
	fmt.Printf("%6.2f|%-8.3s|%+.1e\n", 2.0/3, "abcdef", 12345.678)
	fmt.Printf("%v %v\n", []interface{}{1, "x"}, [...]int{1, 2, 3})
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%08.3f|%+08d|%x\n", -3.14159, 42, -1)
	fmt.Printf("%t %v\n", 1 < 2, !true)
	fmt.Printf("%s\n", fmt.Sprint(1, 2, "x", "y", 3))
	fmt.Printf("%3d|%-3d|%03d\n", 1000, 1000, 1000)
	type pair struct {
		a int
		b string
	}
	fmt.Printf("%v|%+v|%#v\n", pair{1, "x"}, pair{1, "x"}, pair{1, "x"})
	fmt.Printf("%v|%+v\n", []pair{{1, "a"}}, map[string]pair{"k": {2, "b"}})
	fmt.Printf("%x|%X|%o\n", "Hello", []byte("Hi"), 0777)
	fmt.Printf("%5.1f%%|%-6.2f|\n", 12.345, 1.0)
	fmt.Printf("%v|%.3v|%10.4v|\n", 1.0/3, 1.0/3, 1.0/3)
	fmt.Printf("%e|%.2E|%g|%G\n", 0.0001234, 123456.0, 0.00001, 1e-10)
}
