package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan<- string, limit int) {
	for {
		ball, ok := <-table
		if !ok {
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits >= limit {
			done <- name
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 10)
	go player("pong", table, done, 10)
	table <- new(Ball)
	fmt.Println("last hit by", <-done)
	close(table)

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
