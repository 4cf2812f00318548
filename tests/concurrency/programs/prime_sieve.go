package main

import "fmt"

// The concurrent prime sieve: a daisy chain of filter goroutines, one per prime found.

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func primes(n int) []int {
	ch := make(chan int)
	go generate(ch)
	var ps []int
	for i := 0; i < n; i++ {
		prime := <-ch
		ps = append(ps, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	return ps
}

// A version that stops cleanly: the generator is bounded and every filter closes its
// output when its input closes.
func boundedSieve(limit int) []int {
	src := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			src <- i
		}
		close(src)
	}()
	var ps []int
	ch := (<-chan int)(src)
	for {
		p, ok := <-ch
		if !ok {
			return ps
		}
		ps = append(ps, p)
		out := make(chan int)
		go func(in <-chan int, p int) {
			for v := range in {
				if v%p != 0 {
					out <- v
				}
			}
			close(out)
		}(ch, p)
		ch = out
	}
}

func main() {
	ps := primes(100)
	fmt.Println(ps[:25])
	fmt.Println("100th prime:", ps[99])
	b := boundedSieve(200)
	fmt.Println(len(b), "primes up to 200; last:", b[len(b)-1])
}
