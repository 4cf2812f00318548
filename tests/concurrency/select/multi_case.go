package main

import "fmt"

// A single select loop that serves several senders and receivers at once.

func main() {
	in1 := make(chan int)
	in2 := make(chan string)
	out1 := make(chan int)
	out2 := make(chan int)
	quit := make(chan bool)

	go func() {
		for i := 0; i < 5; i++ {
			in1 <- i
		}
	}()
	go func() {
		for _, s := range []string{"a", "bb", "ccc"} {
			in2 <- s
		}
	}()
	got1 := make(chan int)
	got2 := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 4; i++ {
			s += <-out1
		}
		got1 <- s
	}()
	go func() {
		s := 0
		for i := 0; i < 4; i++ {
			s += <-out2
		}
		got2 <- s
	}()

	sumInts, sumLens := 0, 0
	sent1, sent2 := 0, 0
	received := 0
	for received < 8 || sent1 < 4 || sent2 < 4 {
		// Disable a send case once it has delivered its four values.
		o1, o2 := out1, out2
		if sent1 == 4 {
			o1 = nil
		}
		if sent2 == 4 {
			o2 = nil
		}
		select {
		case v := <-in1:
			sumInts += v
			received++
		case s := <-in2:
			sumLens += len(s)
			received++
		case o1 <- 10:
			sent1++
		case o2 <- 100:
			sent2++
		case <-quit:
			fmt.Println("never")
		}
	}
	fmt.Println("ints:", sumInts, "lens:", sumLens)
	fmt.Println("out1 total:", <-got1, "out2 total:", <-got2)
}
