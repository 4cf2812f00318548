// An index or slice bound of a 64-bit unsigned type beyond the largest int is reported as the
// unsigned number it is (Go's boundsError with signed false), for every indexing form.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

type U uint64

func main() {
	s := []int{1, 2, 3}
	b := []byte("abc")
	arr := [3]int{1, 2, 3}
	str := "abc"
	var big uint64 = 1<<64 - 1
	var ubig uint = 1 << 63
	var pbig uintptr = 1<<64 - 2
	var named U = 1<<64 - 3
	var neg int = -1
	var small uint32 = 1<<32 - 1

	try("slice", func() { _ = s[big] })
	try("bytes", func() { _ = b[ubig] })
	try("array", func() { _ = arr[pbig] })
	try("array pointer", func() { p := &arr; _ = p[big] })
	try("string", func() { _ = str[named] })
	try("store", func() { s[big] = 1 })
	try("store array", func() { arr[ubig] = 1 })
	try("tuple store", func() { var x int; x, s[big] = 1, 2; _ = x })
	try("address", func() { _ = &s[big] })
	try("slice lo", func() { _ = s[big:] })
	try("slice hi", func() { _ = s[:ubig] })
	try("slice max", func() { _ = s[0:1:big] })
	try("array slice", func() { _ = arr[:named] })
	try("string slice", func() { _ = str[pbig:] })
	try("signed", func() { _ = s[neg] })
	try("uint32", func() { _ = s[small] })
	try("map of slices", func() { m := map[string][]int{"a": s}; _ = m["a"][big] })
	var i interface{} = s[big%3]
	fmt.Println(i)
}
