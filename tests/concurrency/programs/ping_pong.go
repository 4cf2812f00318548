package main

import "fmt"

type Ball struct{ hits int }

// Each player receives on its own channel and hits the ball to the other's, so who
// plays when is fixed.
func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, limit int) {
	for ball := range in {
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits >= limit {
			done <- name
			return
		}
		out <- ball
	}
}

func main() {
	pingSide, pongSide := make(chan *Ball), make(chan *Ball)
	done := make(chan string)
	go player("ping", pingSide, pongSide, done, 10)
	go player("pong", pongSide, pingSide, done, 10)
	pingSide <- new(Ball)
	fmt.Println("last hit by", <-done)

	// Ping-pong over two channels with explicit turns, many rounds.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 100000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("after 100000 round trips:", v, ok)
}
