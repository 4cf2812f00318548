package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func consume(in <-chan int) int {
	s := 0
	for v := range in {
		s += v
	}
	return s
}

type Source interface{ Values() <-chan string }

type list []string

func (l list) Values() <-chan string {
	ch := make(chan string, len(l))
	for _, s := range l {
		ch <- s
	}
	close(ch)
	return ch
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(a, 10)
	go square(a, b)
	fmt.Println("sum of squares:", consume(b))

	// Bidirectional converts implicitly to either direction.
	c := make(chan int, 1)
	var send chan<- int = c
	var recv <-chan int = c
	send <- 3
	fmt.Println(<-recv, len(send), cap(recv))

	// Channel types in composite values.
	var src Source = list{"p", "q", "r"}
	for s := range src.Values() {
		fmt.Print(s)
	}
	fmt.Println()
	fmt.Printf("%T %T %T\n", c, send, recv)

	// Channel equality.
	d := c
	fmt.Println(d == c, make(chan int) == c)
	m := map[chan int]string{c: "c"}
	fmt.Println(m[d])
}
