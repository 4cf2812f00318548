// runtime.Goexit inside a String method: the goroutine runs its deferred calls (the callback's
// and its own) and ends; fmt never returns to it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type quitter struct{ ch chan int }

func (q quitter) String() string {
	defer fmt.Println("String's deferred call")
	fmt.Println("got", <-q.ch)
	runtime.Goexit()
	return "unreachable"
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("goroutine's deferred call")
		s := fmt.Sprint(quitter{ch})
		fmt.Println("never printed", s)
	}()
	ch <- 7
	wg.Wait()
	fmt.Println("main done")
}
