package main

import "fmt"

// A nil channel blocks forever on send and receive; in a select its cases are never
// chosen, which is how a case is switched off.

func main() {
	var c chan int
	fmt.Println(c == nil, len(c), cap(c))

	select {
	case v := <-c:
		fmt.Println("impossible", v)
	case c <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel cases skipped")
	}

	// Merge two channels, disabling each one when it closes.
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 14; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n, closes := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("merged", n, "values, sum", sum, "closes seen", closes)
}
