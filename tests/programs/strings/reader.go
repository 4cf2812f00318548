package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("Hello, Reader! héllo")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 8)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	r2 := strings.NewReader("añb")
	for {
		ch, size, err := r2.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(ch), size)
	}
	r3 := strings.NewReader("abcdef")
	b, _ := r3.ReadByte()
	r3.UnreadByte()
	b2, _ := r3.ReadByte()
	fmt.Println(string(b), string(b2))
	rest, err := io.ReadAll(r3)
	fmt.Println(string(rest), err)
	r4 := strings.NewReader("0123456789")
	r4.Seek(5, io.SeekStart)
	p := make([]byte, 3)
	io.ReadFull(r4, p)
	fmt.Println(string(p))
	var sb strings.Builder
	n, err := io.Copy(&sb, strings.NewReader("copied text"))
	fmt.Println(n, err, sb.String())
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	data, _ := io.ReadAll(lr)
	fmt.Println(string(data))
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 5))
	fmt.Println(err)
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
}
