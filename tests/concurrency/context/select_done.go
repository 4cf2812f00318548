// ctx.Done() in select: a generator that stops when its context is canceled, Done as a
// broadcast to many waiting goroutines, a send that gives up on cancellation, the nil Done
// channel of Background (a select case that is never ready), and Done beating a slow timer.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// gen sends 0, 1, 2, ... until ctx is canceled, then closes its channel.
func gen(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range gen(ctx) {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	fmt.Println("sum of 0..9:", sum)

	// Broadcast: 20 goroutines wait on one Done channel; one cancel wakes them all.
	ctx2, cancel2 := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx2.Done()
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	time.Sleep(5 * time.Millisecond)
	cancel2()
	wg.Wait()
	fmt.Println("woken by one cancel:", woken)

	// A send that nobody receives gives up when the context is canceled.
	ctx3, cancel3 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel3()
	blocked := make(chan int)
	select {
	case blocked <- 1:
		fmt.Println("sent (wrong)")
	case <-ctx3.Done():
		fmt.Println("send abandoned:", ctx3.Err())
	}

	// Background's Done is nil: in a select it is never ready.
	select {
	case <-context.Background().Done():
		fmt.Println("background done (wrong)")
	default:
		fmt.Println("background never done")
	}
	select {
	case <-context.Background().Done():
		fmt.Println("background done (wrong)")
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timer won over background")
	}

	// Done beats a slow timer.
	ctx4, cancel4 := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel4()
	select {
	case <-time.After(5 * time.Second):
		fmt.Println("slow timer (wrong)")
	case <-ctx4.Done():
		fmt.Println("context first:", ctx4.Err())
	}

	// A receive loop with a context: values until canceled, then the reason.
	ctx5, cancel5 := context.WithCancel(context.Background())
	data := make(chan string, 3)
	data <- "a"
	data <- "b"
	data <- "c"
	got := 0
	for done := false; !done; {
		select {
		case s := <-data:
			got++
			fmt.Println("got", s)
			if got == 3 {
				cancel5()
			}
		case <-ctx5.Done():
			fmt.Println("stopped:", ctx5.Err())
			done = true
		}
	}

	// Done is closed, so receiving from it again and again never blocks.
	for i := 0; i < 3; i++ {
		_, ok := <-ctx5.Done()
		fmt.Println("receive from closed Done, ok =", ok)
	}
}
