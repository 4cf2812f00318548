// Ping-pong: two goroutines hit a ball back and forth. Each player receives on its own
// unbuffered channel and sends to the other's, so every send hands control to the
// other player and the output alternates strictly.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- bool) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits == 6 {
			done <- true
			return
		}
		out <- b
	}
}

func main() {
	pingSide, pongSide := make(chan *ball), make(chan *ball)
	done := make(chan bool)
	go player("ping", pingSide, pongSide, done)
	go player("pong", pongSide, pingSide, done)
	pingSide <- new(ball) // serve to ping
	<-done
	fmt.Println("game over")
}
