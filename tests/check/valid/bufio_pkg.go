// bufio: Scanner over lines and words, Reader, Writer.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const text = `first line
second line has more words
  indented third

last`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}

	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(len(words), words)

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()

	r := bufio.NewReader(strings.NewReader("alpha,beta,gamma\nrest"))
	for {
		tok, err := r.ReadString(',')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("xy\nz"))
	b, _ := r2.ReadByte()
	r2.UnreadByte()
	rn, sz, _ := r2.ReadRune()
	line, prefix, err := r2.ReadLine()
	fmt.Println(b, string(rn), sz, string(line), prefix, err)
	peek, _ := r2.Peek(1)
	fmt.Println(string(peek))

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.WriteByte('!')
	w.WriteRune('\n')
	fmt.Fprintln(w, "available > 0:", w.Available() > 0, "buffered:", w.Buffered())
}
