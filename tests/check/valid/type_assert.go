// Type assertions, comma-ok form, and failed assertions recovered.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type RW interface {
	Reader
	Writer
}

type File struct{ data []string }

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) { f.data = append(f.data, s) }

type ROnly struct{}

func (ROnly) Read() string { return "ro" }

func tryAssert(v interface{}) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(v.(int) + 1)
}

func main() {
	var r Reader = &File{}
	if w, ok := r.(Writer); ok {
		w.Write("hello")
		w.Write("world")
	}
	fmt.Println(r.Read(), r.Read(), r.Read() == "")
	rw := r.(RW)
	rw.Write("again")
	fmt.Println(rw.Read())

	r = ROnly{}
	_, ok := r.(Writer)
	fmt.Println(ok)
	ro, ok := r.(ROnly)
	fmt.Println(ro.Read(), ok)
	fp, ok := r.(*File)
	fmt.Println(fp == nil, ok)

	var x interface{} = "str"
	s, ok := x.(string)
	fmt.Println(s, ok)
	n, ok := x.(int)
	fmt.Println(n, ok)
	fmt.Println(tryAssert(41))
	fmt.Println(tryAssert("41"))
	fmt.Println(tryAssert(nil))

	var sr io.Reader = strings.NewReader("abc")
	_, isWriter := sr.(io.Writer)
	_, isSeeker := sr.(io.Seeker)
	fmt.Println(isWriter, isSeeker)
	var empty interface{}
	_, ok = empty.(interface{})
	fmt.Println(ok)
	empty = 3.5
	f := empty.(float64)
	fmt.Println(f * 2)
}
