package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr first line", 2)
	fmt.Fprintf(os.Stderr, "second stderr line %d\n", 3)
	fmt.Fprint(os.Stdout, "more stdout", "\n")
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 10)
	fmt.Println(n, err)
	os.Stdout.WriteString("direct write\n")
	os.Stdout.Write([]byte("bytes write\n"))
}
