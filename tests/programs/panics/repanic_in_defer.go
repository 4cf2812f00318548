package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred print still runs")
	defer func() {
		panic("second panic from defer")
	}()
	panic("first panic")
}
