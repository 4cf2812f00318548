package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	go func() {
		time.Sleep(10 * time.Millisecond)
		panic(42)
	}()
	time.Sleep(5 * time.Second)
	fmt.Println("unreachable")
}
