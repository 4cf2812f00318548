package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [4]int{}
	str := "hello"
	n := -1
	big := 10
	try("idx-neg", func() { _ = s[n] })
	try("idx-big", func() { _ = s[big] })
	try("arr-neg", func() { _ = a[n+0] })
	try("str-idx", func() { _ = str[big] })
	try("slice-hi", func() { _ = s[:big] })
	try("slice-hi-neg", func() { _ = s[:n] })
	try("slice-lo-neg", func() { _ = s[n:] })
	try("slice-lohi", func() { lo := 3; hi := 2; _ = s[lo:hi] })
	try("arr-hi", func() { _ = a[:big] })
	try("str-hi", func() { _ = str[:big] })
	try("str-neg", func() { _ = str[n:] })
	try("s3-max", func() { _ = s[:1:big] })
	try("s3-max-neg", func() { _ = s[:1:n] })
	try("s3-hi", func() { hi := 3; mx := 2; _ = s[:hi:mx] })
	try("s3-lo", func() { lo := 3; hi := 2; _ = s[lo:hi:3] })
	try("s3-lo-neg", func() { _ = s[n:2:3] })
	try("a3-max", func() { _ = a[:1:big] })
	m := map[interface{}]int{}
	try("unhash", func() { m[[]int{1}] = 1 })
	try("unhash-struct", func() { m[struct{ X interface{} }{map[int]int{}}] = 1 })
	try("unhash-get", func() { _ = m[func() {}] })
}
