package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- "c"
	fmt.Println("full: len", len(ch))
	fmt.Println(<-ch)
	ch <- "d"
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()

	// A buffered channel used as a queue within one goroutine.
	q := make(chan int, 10)
	for i := 0; i < 10; i++ {
		q <- i * i
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-q
	}
	fmt.Println("sum of squares:", sum)

	// Buffer size 1 as a mailbox.
	box := make(chan int, 1)
	box <- 1
	v := <-box
	box <- v + 1
	fmt.Println("mailbox:", <-box)

	// Capacity from a variable and a typed constant.
	n := 5
	c2 := make(chan float64, n)
	const k int64 = 7
	c3 := make(chan bool, k)
	fmt.Println(cap(c2), cap(c3))

	// Producer fills faster than the consumer drains; order is preserved.
	data := make(chan int, 4)
	done := make(chan bool)
	go func() {
		for i := 0; i < 20; i++ {
			data <- i
		}
		close(data)
	}()
	go func() {
		prev := -1
		ok := true
		for v := range data {
			if v != prev+1 {
				ok = false
			}
			prev = v
		}
		fmt.Println("in order:", ok, "last:", prev)
		done <- true
	}()
	<-done
}
