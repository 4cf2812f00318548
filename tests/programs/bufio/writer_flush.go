package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered 1")
	fmt.Println("unbuffered A (appears first)")
	fmt.Fprintf(w, "buffered %d\n", 2)
	w.WriteString("buffered 3\n")
	w.WriteByte('#')
	w.WriteRune('é')
	w.WriteString("\n")
	fmt.Println("buffered bytes pending:", w.Buffered(), "available>0:", w.Available() > 0)
	w.Flush()
	fmt.Println("unbuffered B (after flush)")
	small := bufio.NewWriterSize(os.Stdout, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(small, "chunk-%d;", i)
	}
	fmt.Println("<- partial output before final flush")
	small.Flush()
	fmt.Println()
	lost := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(lost, "this is never flushed and must not appear")
}
