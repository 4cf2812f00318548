package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired after >= 20ms:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("Stop after firing:", t.Stop())

	// Stopping before it fires: Stop reports true and the channel never delivers.
	t2 := time.NewTimer(time.Hour)
	fmt.Println("Stop before firing:", t2.Stop())
	fmt.Println("Stop again:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("never")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}

	// Reset a stopped timer.
	start = time.Now()
	fmt.Println("Reset of stopped timer:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired after >= 10ms:", time.Since(start) >= 10*time.Millisecond)

	// Reset an active timer to a shorter duration.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("Reset of active timer:", t3.Reset(5*time.Millisecond))
	<-t3.C
	fmt.Println("shortened timer fired")

	// The value sent on C is the current time.
	t4 := time.NewTimer(time.Millisecond)
	before := time.Now()
	at := <-t4.C
	fmt.Println("time on C is not before creation:", !at.Before(before.Add(-time.Second)))

	// Timer channel has capacity 1.
	fmt.Println("cap(C):", cap(t4.C))

	// Drain pattern: stop and drain if it already fired.
	t5 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	if !t5.Stop() {
		<-t5.C
		fmt.Println("drained a fired timer")
	}
	t5.Reset(5 * time.Millisecond)
	<-t5.C
	fmt.Println("reused after drain")
}
