package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	count := 0
	for sc.Scan() {
		count++
	}
	fmt.Println("lines:", count, "err:", sc.Err())
	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
}
