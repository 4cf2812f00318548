// Interface embedding, overlapping method sets, structs embedding interfaces
// (decorators), and interface-to-interface conversions.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type Closer interface{ Close() error }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Reader // overlapping embedded method sets are allowed
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("already closed")
	}
	b.closed = true
	return nil
}

// upperWriter decorates any Writer by embedding the interface.
type upperWriter struct {
	Writer
	calls int
}

func (u *upperWriter) Write(s string) int {
	u.calls++
	return u.Writer.Write(strings.ToUpper(s))
}

// countingRW overrides only Read, inheriting Write from the embedded value.
type countingRW struct {
	ReadWriter
	reads int
}

func (c *countingRW) Read() string {
	c.reads++
	return c.ReadWriter.Read()
}

type sortable struct {
	sort.Interface
	desc bool
}

func (s sortable) Less(i, j int) bool {
	if s.desc {
		return s.Interface.Less(j, i)
	}
	return s.Interface.Less(i, j)
}

func main() {
	b := &Buffer{}
	var rwc ReadWriteCloser = b
	rwc.Write("one")
	var w Writer = rwc
	w.Write("two")
	var rw ReadWriter = rwc
	fmt.Println(rw.Read(), rwc.Read(), rw.Read())
	fmt.Println(rwc.Close(), rwc.Close())

	uw := &upperWriter{Writer: b}
	uw.Write("shout")
	uw.Write("again")
	fmt.Println(b.Read(), b.Read(), uw.calls)

	c := &countingRW{ReadWriter: b}
	c.Write("x")
	c.Write("y")
	fmt.Println(c.Read(), c.Read(), c.Read(), c.reads)

	var r Reader = c
	if _, ok := r.(Closer); !ok {
		fmt.Println("countingRW is not a Closer")
	}
	if cl, ok := interface{}(b).(Closer); ok {
		fmt.Println("Buffer is a Closer:", cl.Close())
	}

	nums := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(sortable{sort.IntSlice(nums), true})
	fmt.Println(nums)
	sort.Sort(sortable{Interface: sort.IntSlice(nums)})
	fmt.Println(nums)
	var empty interface{} = rw
	_, isRWC := empty.(ReadWriteCloser)
	fmt.Println(isRWC)
}
