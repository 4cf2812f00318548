package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

type countingWriter struct {
	writes int
	bytes  int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	w.bytes += len(p)
	return len(p), nil
}

type failingWriter struct{}

var errFull = errors.New("disk full")

func (failingWriter) Write(p []byte) (int, error) { return 0, errFull }

type upper struct{ sb *strings.Builder }

func (u upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s|", 42, "x")
	fmt.Fprint(&sb, "a", 1, 2, "b")
	fmt.Fprintln(&sb, "end", 3.5)
	fmt.Printf("%q %d %v\n", sb.String(), n, err)

	cw := &countingWriter{}
	fmt.Fprintln(cw, "one", "two")
	fmt.Fprintf(cw, "%05d", 7)
	fmt.Println(cw.writes, cw.bytes)

	n, err = fmt.Fprintf(failingWriter{}, "lost %d", 1)
	fmt.Println(n, err, err == errFull)

	var up strings.Builder
	fmt.Fprintf(upper{&up}, "shout %v %s", true, []string{"a", "b"})
	fmt.Println(up.String())

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	fmt.Fprintln(w, "buffered", 2)
	w.Flush()

	n, err = fmt.Fprintln(os.Stdout, "direct", "stdout")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err = fmt.Print("print returns ", 3, "\n")
	fmt.Println(n, err)
	b := fmt.Appendf([]byte("pre:"), "%x", 255)
	b = fmt.Append(b, " ", 1, 2)
	b = fmt.Appendln(b, "!")
	fmt.Printf("%q\n", b)
}
