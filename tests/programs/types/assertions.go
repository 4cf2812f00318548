package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
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

type ReadOnly struct{}

func (ReadOnly) Read() string { return "ro" }

func main() {
	var r Reader = &File{}
	if w, ok := r.(Writer); ok {
		w.Write("hello")
		w.Write("world")
	}
	fmt.Println(r.Read())
	rw, ok := r.(ReadWriter)
	fmt.Println(ok, rw.Read())
	var r2 Reader = ReadOnly{}
	_, ok = r2.(Writer)
	fmt.Println("ReadOnly is Writer:", ok)
	_, ok = r2.(ReadWriter)
	fmt.Println("ReadOnly is ReadWriter:", ok)
	var x interface{} = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println("nil assert ok:", ok)
	// assert to interface from concrete in empty iface
	var sr interface{} = strings.NewReader("abc")
	if rd, ok := sr.(io.Reader); ok {
		buf := make([]byte, 2)
		n, err := rd.Read(buf)
		fmt.Println(n, err, string(buf[:n]))
	}
	_, isWriter := sr.(io.Writer)
	fmt.Println("strings.Reader is io.Writer:", isWriter)
	// assertion result is a copy
	type P struct{ X int }
	var pi interface{} = P{1}
	pv := pi.(P)
	pv.X = 100
	fmt.Println(pi, pv)
	// embedded interface method set
	var rwi ReadWriter = &File{data: []string{"a"}}
	var rr Reader = rwi
	fmt.Println(rr.Read(), rr.Read() == "")
}
