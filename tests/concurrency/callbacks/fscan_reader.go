// fmt.Fscan reading from an io.Reader whose Read receives its bytes from a channel, fed by
// another goroutine a chunk at a time: the scanner's calls of Read park and resume.
package main

import (
	"fmt"
	"io"
)

type chanReader struct {
	chunks chan string
	rest   string
}

func (r *chanReader) Read(p []byte) (int, error) {
	if r.rest == "" {
		s, ok := <-r.chunks
		if !ok {
			return 0, io.EOF
		}
		r.rest = s
	}
	n := copy(p, r.rest)
	r.rest = r.rest[n:]
	return n, nil
}

func main() {
	chunks := make(chan string)
	go func() {
		for _, c := range []string{"12 ", "3", "4 hello", " 5.5", "\n"} {
			chunks <- c
		}
		close(chunks)
	}()
	r := &chanReader{chunks: chunks}
	var a, b int
	var s string
	var f float64
	n, err := fmt.Fscan(r, &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Fscan(r, &a)
	fmt.Println(n, err)
}
