package main

import "fmt"

// select with a default case never blocks.

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("send", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}

	// Unbuffered with nobody waiting: both directions fall to default.
	u := make(chan int)
	fmt.Println("unbuffered send:", trySend(u, 1))
	_, ok := tryRecv(u)
	fmt.Println("unbuffered recv:", ok)

	// A select with only a default.
	select {
	default:
		fmt.Println("only default")
	}

	// default placed first is still only taken when nothing is ready.
	ready := make(chan string, 1)
	ready <- "ready"
	select {
	default:
		fmt.Println("wrong")
	case s := <-ready:
		fmt.Println(s)
	}

	// Closed channel is always ready, so default is not taken.
	close(u)
	select {
	case v, ok := <-u:
		fmt.Println("closed:", v, ok)
	default:
		fmt.Println("wrong")
	}

	// Polling loop: count how many times default ran until a value arrives.
	res := make(chan int)
	go func() { res <- 7 }()
	polls := 0
	for {
		select {
		case v := <-res:
			fmt.Println("got", v, "after polling:", polls >= 0)
			return
		default:
			polls++
		}
	}
}
