package main

import "fmt"

// A recover deferred in main cannot catch a panic raised in another goroutine.

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine about to panic")
		panic("not caught by main")
	}()
	<-done
}
