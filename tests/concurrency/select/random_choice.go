package main

import "fmt"

// When several cases are ready, select picks one uniformly at random. Over many rounds
// every ready case is chosen at least once (the chance of missing one is about 3^-100).

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 300; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts["a"]++
			<-b
			<-c
		case <-b:
			counts["b"]++
			<-a
			<-c
		case <-c:
			counts["c"]++
			<-a
			<-b
		}
	}
	fmt.Println("a chosen:", counts["a"] > 0, "b chosen:", counts["b"] > 0, "c chosen:", counts["c"] > 0)
	fmt.Println("total:", counts["a"]+counts["b"]+counts["c"])
	fmt.Println("no case starved (each > 30):", counts["a"] > 30 && counts["b"] > 30 && counts["c"] > 30)

	// The same between a send and a receive both ready.
	in := make(chan int, 1)
	out := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 200; i++ {
		in <- i
		select {
		case <-in:
			recvs++
		case out <- i:
			sends++
			<-out
			<-in
		}
	}
	fmt.Println("both directions chosen:", sends > 0 && recvs > 0, sends+recvs)
}
