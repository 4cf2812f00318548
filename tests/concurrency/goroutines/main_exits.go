package main

import (
	"fmt"
	"time"
)

// When main returns the program exits, without waiting for other goroutines.

func main() {
	started := make(chan bool)
	go func() {
		started <- true
		time.Sleep(5 * time.Second)
		fmt.Println("never printed: sleeper")
	}()
	<-started

	block := make(chan int)
	for i := 0; i < 10; i++ {
		go func(i int) {
			<-block
			fmt.Println("never printed: blocked", i)
		}(i)
	}

	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()

	defer fmt.Println("deferred in main runs")
	fmt.Println("main returns")
}
