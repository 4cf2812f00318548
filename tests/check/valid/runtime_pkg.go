// runtime: Gosched, GOMAXPROCS, NumGoroutine, runtime.Error.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	steps := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				mu.Lock()
				steps++
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(steps, runtime.NumGoroutine() >= 1)

	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println("recovered runtime error:", isRuntime, r)
	}()
	var arr []int
	idx := 5
	fmt.Println(arr[idx])
}
