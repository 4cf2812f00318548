// io.SectionReader (Go 1.19's code): Read, Seek with each whence and its errors, ReadAt at
// and past the section's end, Size, and the offset overflow NewSectionReader guards against.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789abcdef")
	s := io.NewSectionReader(r, 3, 8)
	b, err := io.ReadAll(s)
	fmt.Printf("%q %v size=%d\n", b, err, s.Size())
	n, err := s.Seek(2, io.SeekStart)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := s.Read(buf)
	fmt.Printf("%d %q %v\n", k, buf[:k], err)
	k, err = s.ReadAt(buf, 6)
	fmt.Printf("%d %q %v\n", k, buf[:k], err)
	k, err = s.ReadAt(buf, 9)
	fmt.Println(k, err)
	_, err = s.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = s.Seek(0, 7)
	fmt.Println(err)
	n, err = s.Seek(-2, io.SeekEnd)
	fmt.Println(n, err)
	big := io.NewSectionReader(r, 5, 1<<63-1)
	fmt.Println(big.Size())
}
