package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			if i != 1 {
				defer wg.Done()
			}
		}(i)
	}
	fmt.Println("waiting for three goroutines, one of which forgets Done")
	wg.Wait()
}
