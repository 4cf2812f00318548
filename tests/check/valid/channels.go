// Channels: buffered/unbuffered, close, range, comma-ok, directions.
package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func gen(words ...string) <-chan string {
	c := make(chan string, len(words))
	for _, w := range words {
		c <- w
	}
	close(c)
	return c
}

func main() {
	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	fmt.Println(len(buf), cap(buf))
	fmt.Println(<-buf, len(buf))
	buf <- 3
	close(buf)
	for v := range buf {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-buf
	fmt.Println(v, ok)

	a := make(chan int)
	b := make(chan int)
	go produce(5, a)
	go double(a, b)
	sum := 0
	for v := range b {
		sum += v
	}
	fmt.Println(sum)

	for w := range gen("x", "y", "z") {
		fmt.Print(w)
	}
	fmt.Println()

	var recvOnly <-chan string = gen("only")
	s, ok := <-recvOnly
	fmt.Println(s, ok)
	s, ok = <-recvOnly
	fmt.Printf("%q %v\n", s, ok)

	done := make(chan struct{})
	data := make(chan string)
	go func() {
		defer close(done)
		for d := range data {
			fmt.Println("got", d)
		}
	}()
	data <- "a"
	data <- "b"
	close(data)
	<-done

	chs := make([]chan int, 3)
	for i := range chs {
		chs[i] = make(chan int, 1)
		chs[i] <- i * 10
	}
	for _, c := range chs {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	var nilCh chan int
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 99
	fmt.Println(<-inner)
	fmt.Printf("%T %T\n", recvOnly, (chan<- int)(a))
}
