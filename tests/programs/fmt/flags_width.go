package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%-05d]\n", 42, 42, 42, 42)
	fmt.Printf("[%5s][%-5s][%5.1s]\n", "abc", "abc", "abc")
	fmt.Printf("[%*d][%-*d][%*d]\n", 5, 1, 5, 2, -5, 3)
	fmt.Printf("[%.*f][%*.*f]\n", 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("[%*s]\n", 0, "x")
	fmt.Printf("[%+5d][% 5d][%+-5d][% -5d]\n", 3, 3, 3, 3)
	fmt.Printf("[%+.2e][% .2e][%+10.3f]\n", 12345.678, 12345.678, -1.5)
	fmt.Printf("[%#8x][%#-8x][%#08x]\n", 255, 255, 255)
	fmt.Printf("[%x][%10x][%-10X]\n", "hello", "hi", "hi")
	fmt.Printf("[%6.2v][%.3v][%10v]\n", 3.14159, "abcdef", []int{1, 2})
	fmt.Printf("[%-10v][%10v]\n", struct{ A, B int }{1, 2}, map[string]int{"a": 1})
	fmt.Printf("[%3v][%-4v]\n", []string{"a", "b"}, [2]bool{true, false})
	fmt.Printf("[%05s][%.2d]\n", "ab", 7)
	fmt.Printf("[%+q][%#q][%# x]\n", "héllo", "raw", "hex")
	fmt.Printf("[%08.3f][%-8.3f][%+08d]\n", 3.14159, 3.14159, 42)
	fmt.Printf("[%x][% x][%#x][%# x]\n", []byte{1, 2, 255}, []byte{1, 2, 255}, []byte{1, 2, 255}, []byte{1, 2, 255})
	fmt.Printf("[%5t][%-7t]\n", true, false)
	fmt.Printf("[%5c][%-5c]\n", 'x', 'y')
	fmt.Printf("[%10.4g][%-10.4g][%010.4g]\n", 123.456789, 123.456789, -123.456789)
	fmt.Printf("[%2d][%2s]\n", 12345, "toolong")
	fmt.Printf("[%*d]\n", 1000000000, 1)
}
