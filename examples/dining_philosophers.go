// Dining philosophers. Five philosophers share five forks (mutexes); each needs the two
// next to them. Deadlock is avoided by always picking up the lower-numbered fork first.
// Who eats when depends on scheduling, so the output is a per-philosopher summary
// printed after everyone has finished.
package main

import (
	"fmt"
	"sync"
)

const meals = 3

func philosopher(id int, first, second *sync.Mutex, eaten []int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < meals; i++ {
		first.Lock()
		second.Lock()
		eaten[id]++ // only this philosopher writes eaten[id]
		second.Unlock()
		first.Unlock()
	}
}

func main() {
	names := []string{"Plato", "Confucius", "Socrates", "Voltaire", "Descartes"}
	forks := make([]sync.Mutex, len(names))
	eaten := make([]int, len(names))
	var wg sync.WaitGroup
	for i := range names {
		left, right := i, (i+1)%len(names)
		if left > right {
			left, right = right, left // resource ordering breaks the cycle
		}
		wg.Add(1)
		go philosopher(i, &forks[left], &forks[right], eaten, &wg)
	}
	wg.Wait()
	for i, n := range names {
		fmt.Printf("%-9s ate %d times\n", n, eaten[i])
	}
}
