package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		n++
		fmt.Printf("%2d: %q (%d bytes)\n", n, line, len(line))
		if len(line) > len(longest) {
			longest = line
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", n)
	fmt.Println("longest:", strings.ToUpper(longest))
}
