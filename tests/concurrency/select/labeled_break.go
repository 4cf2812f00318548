package main

import "fmt"

func main() {
	data := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 10; i++ {
			data <- i
		}
		close(done)
	}()

	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v%3 == 0 {
				continue loop
			}
			sum += v
		case <-done:
			break loop
		}
	}
	fmt.Println("sum of non-multiples of 3:", sum)

	// A plain break inside select exits only the select.
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case v := <-c:
			if v == 2 {
				break
			}
			n += v
		}
		n += 100
	}
	fmt.Println("n:", n)

	// goto out of a select.
	e := make(chan bool, 1)
	e <- true
	select {
	case <-e:
		goto finished
	}
finished:
	fmt.Println("finished via goto")

	// return from a select inside a function.
	f := func(c chan int) string {
		for {
			select {
			case v, ok := <-c:
				if !ok {
					return "closed"
				}
				_ = v
			}
		}
	}
	g := make(chan int, 2)
	g <- 1
	g <- 2
	close(g)
	fmt.Println(f(g))
}
