// Goroutines with sync.WaitGroup; results written to distinct slots.
package main

import (
	"fmt"
	"sync"
)

func square(i int) int { return i * i }

func main() {
	const n = 20
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = square(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// fan-in through a channel, summed
	ch := make(chan int)
	var wg2 sync.WaitGroup
	for w := 1; w <= 5; w++ {
		wg2.Add(1)
		go func(w int) {
			defer wg2.Done()
			for k := 0; k < 100; k++ {
				ch <- w
			}
		}(w)
	}
	go func() {
		wg2.Wait()
		close(ch)
	}()
	total, count := 0, 0
	for v := range ch {
		total += v
		count++
	}
	fmt.Println(total, count)

	// ping-pong keeps strict ordering
	ping, pong := make(chan string), make(chan string)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ping
			pong <- msg + "-pong"
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ping <- fmt.Sprint("ping", i)
		fmt.Println(<-pong)
	}
	<-done

	// parallel sum of chunks
	data := make([]int, 1000)
	for i := range data {
		data[i] = i + 1
	}
	partial := make([]int, 4)
	var wg3 sync.WaitGroup
	chunk := len(data) / 4
	for c := 0; c < 4; c++ {
		wg3.Add(1)
		go func(c int) {
			defer wg3.Done()
			for _, v := range data[c*chunk : (c+1)*chunk] {
				partial[c] += v
			}
		}(c)
	}
	wg3.Wait()
	fmt.Println(partial, partial[0]+partial[1]+partial[2]+partial[3])
}
