package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

// A goroutine blocks reading standard input, which never comes; main returns and the program
// ends, as in Go, without waiting for the read.
func main() {
	go func() {
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		fmt.Print("never: ", line)
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main done")
}
