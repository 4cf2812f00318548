// runtime.Goexit called by a deferred function after it recovered a panic ends the goroutine
// normally: the recovered panic is over, the remaining deferred calls run, nothing is reported.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- fmt.Sprint(id, " outer deferred call runs") }()
	defer func() {
		r := recover()
		out <- fmt.Sprint(id, " recovered ", r)
		runtime.Goexit()
	}()
	panic(fmt.Sprint("p", id))
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(1)
	go worker(1, &wg, out)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("main goes on")
}
