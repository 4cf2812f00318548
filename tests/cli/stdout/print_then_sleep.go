package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("first")
	time.Sleep(60 * time.Second)
	fmt.Println("never seen: the test kills the program")
}
