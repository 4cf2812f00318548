// Reading a standard input that was closed (`prog <&-`): each reader gets Go's error for the
// read on descriptor 0, never a silent end of input.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 10)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	sc := bufio.NewScanner(os.Stdin)
	fmt.Println(sc.Scan(), sc.Err())
	var x int
	k, err := fmt.Scan(&x)
	fmt.Println(k, err)
	k, err = fmt.Scanln(&x)
	fmt.Println(k, err)
	b, err := io.ReadAll(os.Stdin)
	fmt.Println(len(b), err)
}
