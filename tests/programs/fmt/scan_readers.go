package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s[r.i:])
	r.i += n
	return n, nil
}

type badReader struct{}

var errBad = errors.New("bad read")

func (badReader) Read(p []byte) (int, error) { return 0, errBad }

func main() {
	sr := strings.NewReader("10 20\n30 héllo\n")
	var a, b, c int
	var s string
	n, err := fmt.Fscan(sr, &a, &b, &c, &s)
	fmt.Println(n, err, a, b, c, s)
	n, err = fmt.Fscan(sr, &a)
	fmt.Println(n, err, err == io.EOF)
	br := bufio.NewReader(strings.NewReader("1 2\n3 4\n"))
	for {
		var x, y int
		n, err := fmt.Fscanln(br, &x, &y)
		if err != nil {
			fmt.Println("end", n, err, errors.Is(err, io.EOF))
			break
		}
		fmt.Println(x + y)
	}
	rd := &slowReader{s: "7 8 9"}
	n, err = fmt.Fscanf(rd, "%d %d", &a, &b)
	fmt.Println(n, err, a, b, rd.i)
	n, err = fmt.Fscan(badReader{}, &a)
	fmt.Println(n, err, err == errBad)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a, &b)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	var f32 float32
	var u8 uint8
	var bs []byte
	n, err = fmt.Sscan("3.14159 255 bytes", &f32, &u8, &bs)
	fmt.Println(n, err, f32, u8, string(bs))
	n, err = fmt.Sscan("256", &u8)
	fmt.Println(n, err)
	var ip *int
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Sscan("5", ip)
}
