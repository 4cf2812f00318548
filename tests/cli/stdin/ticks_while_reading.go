package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

// main blocks reading standard input; another goroutine keeps running meanwhile (println
// writes to stderr at once). The test feeds the line only after it has seen "tick 2".
func main() {
	go func() {
		for i := 0; ; i++ {
			println("tick", i)
			time.Sleep(5 * time.Millisecond)
		}
	}()
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Print("line: ", line)
}
