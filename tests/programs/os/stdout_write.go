package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	var w io.Writer = os.Stdout
	fmt.Fprintf(w, "via io.Writer %d\n", 1)
	n, err := io.WriteString(w, "io.WriteString\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte{'o', 'k', '\n'})
	mw := io.MultiWriter(os.Stdout, os.Stdout)
	fmt.Fprintln(mw, "twice")
	fmt.Fprint(os.Stdout)
	fmt.Fprintln(os.Stdout)
	fmt.Println("end")
}
