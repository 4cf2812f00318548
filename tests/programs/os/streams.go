package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())

	// Read stdin in small pieces, then see EOF twice.
	buf := make([]byte, 7)
	total := 0
	for {
		n, err := os.Stdin.Read(buf)
		total += n
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err := os.Stdin.Read(buf)
	fmt.Println(total, n, err)
	n, err = os.Stdin.Read(nil)
	fmt.Println(n, err)

	// Writes to stdout and stderr in order with fmt's.
	os.Stdout.WriteString("one\n")
	fmt.Print("two\n")
	os.Stdout.Write([]byte("three\n"))
	fmt.Fprintln(os.Stdout, "four")
	io.WriteString(os.Stdout, "five\n")
	os.Stderr.WriteString("to stderr\n")

	f := os.NewFile(1, "my stdout")
	fmt.Fprintln(f, "via NewFile")
	fmt.Println(os.NewFile(^uintptr(0), "bad") == nil)

	// A closed Stdout refuses writes, as in Go.
	cerr := os.Stdout.Close()
	fmt.Fprintln(os.Stderr, "close:", cerr)
	_, err = os.Stdout.WriteString("lost\n")
	fmt.Fprintln(os.Stderr, "after close:", err)
	fmt.Fprintln(os.Stderr, os.Stdout.Fd() == ^uintptr(0))
	os.Exit(300)
}
