// Ping-pong: two goroutines pass a ball back and forth over one unbuffered channel.
// Each send hands control to the receiver, so the output alternates strictly.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, table chan *ball, done chan bool) {
	for b := range table {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits == 6 {
			done <- true
			return
		}
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- new(ball) // serve
	<-done
	fmt.Println("game over")
}
