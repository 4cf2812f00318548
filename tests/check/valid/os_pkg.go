// os: writing to Stdout, Stderr, exit status via deferred cleanup.
package main

import (
	"fmt"
	"io"
	"os"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	q := make([]byte, len(p))
	for i, c := range p {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		q[i] = c
	}
	return u.w.Write(q)
}

func run() int {
	defer fmt.Println("cleanup in run")
	os.Stdout.WriteString("direct write\n")
	n, err := os.Stdout.Write([]byte("bytes write\n"))
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	fmt.Fprintf(upperWriter{os.Stdout}, "shout %d times\n", 3)
	var w io.Writer = os.Stdout
	io.WriteString(w, "io.WriteString\n")
	_, err = os.Open("/nonexistent/file/for/weft")
	fmt.Println(err != nil, os.IsNotExist(err))
	fmt.Println(len(os.Args) >= 1)
	return 0
}

func main() {
	code := run()
	if code != 0 {
		os.Exit(code)
	}
	fmt.Println("done")
	os.Exit(0)
}
