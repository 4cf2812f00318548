package main

import "fmt"

func count(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func main() {
	for v := range count(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// range over a closed buffered channel drains it.
	b := make(chan string, 3)
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		fmt.Print(s, " ")
	}
	fmt.Println("| drained")

	// range over an empty closed channel does nothing.
	e := make(chan int)
	close(e)
	n := 0
	for range e {
		n++
	}
	fmt.Println("iterations:", n)

	// break and continue inside range over a channel.
	total := 0
	for v := range count(100) {
		if v%2 == 0 {
			continue
		}
		if v > 20 {
			break
		}
		total += v
	}
	fmt.Println("odd sum up to 20:", total)

	// range without a variable.
	k := 0
	for range count(7) {
		k++
	}
	fmt.Println("counted:", k)

	// Nested ranges.
	for a := range count(3) {
		for b := range count(a + 1) {
			fmt.Print(a, b, " ")
		}
	}
	fmt.Println()
}
