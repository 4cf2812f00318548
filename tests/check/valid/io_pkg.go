// io: Reader and Writer implementations, io.Copy, ReadAll, EOF handling.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// rot13Reader wraps another reader.
type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

// countingWriter counts bytes.
type countingWriter struct {
	n     int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += strings.Count(string(p), "\n")
	return len(p), nil
}

// numbers yields "0 1 2 ... n-1" in small chunks.
type numbers struct{ i, n int }

func (s *numbers) Read(p []byte) (int, error) {
	if s.i >= s.n {
		return 0, io.EOF
	}
	str := fmt.Sprintf("%d ", s.i)
	if len(p) < len(str) {
		return 0, errors.New("buffer too small")
	}
	s.i++
	return copy(p, str), nil
}

func main() {
	io.Copy(os.Stdout, rot13Reader{strings.NewReader("Uryyb, Tbcure!\n")})
	data, err := io.ReadAll(&numbers{n: 12})
	fmt.Printf("%q %v\n", data, err)

	cw := &countingWriter{}
	mw := io.MultiWriter(cw, os.Stdout)
	fmt.Fprintf(mw, "line one\nline two\n")
	fmt.Println(cw.n, cw.lines)

	r := strings.NewReader("0123456789")
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	lim, _ := io.ReadAll(lr)
	fmt.Println(string(lim))
	full := make([]byte, 5)
	n, err := io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	var sb strings.Builder
	written, err := io.Copy(&sb, io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd")))
	fmt.Println(written, err, sb.String())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
	var w io.Writer = io.Discard
	k, _ := w.Write([]byte("gone"))
	fmt.Println(k)
}
