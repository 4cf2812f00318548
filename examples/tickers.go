// Timers and tickers. A Ticker delivers the time on its channel C at a regular
// interval until it is stopped; a Timer fires once and can be stopped or reset.
// Only counts are printed, never times, so the output is always the same.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	giveUp := time.After(5 * time.Second) // a safety net; never reached in practice

	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			fmt.Println("tick", ticks)
			if ticks == 3 {
				break loop // a plain break would only leave the select
			}
		case <-giveUp:
			fmt.Println("ticker too slow")
			break loop
		}
	}
	// Ticks never come early, so three of them take at least 30ms.
	fmt.Println("three ticks took >= 30ms:", time.Since(start) >= 30*time.Millisecond)

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
	start = time.Now()
	t.Reset(15 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired after >= 15ms:", time.Since(start) >= 15*time.Millisecond)
}
