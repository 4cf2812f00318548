package main

// The times timers and tickers send are time.Now's: not before the timer was made, with a
// monotonic reading, in time.Local (read when the timer fires).

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	v := <-time.After(2 * time.Millisecond)
	fmt.Println("not before start:", !v.Before(start), "at least 2ms later:", v.Sub(start) >= 2*time.Millisecond)
	fmt.Println("monotonic reading:", strings.Contains(v.String(), " m=+"))
	fmt.Println("location is Local:", v.Location() == time.Local)
	fmt.Println("same year as now:", v.Year() == time.Now().Year())

	tk := time.NewTicker(time.Millisecond)
	a := <-tk.C
	b := <-tk.C
	tk.Stop()
	fmt.Println("ticks in order:", b.After(a))

	time.Local = time.UTC
	v = <-time.NewTimer(time.Millisecond).C
	fmt.Println("after Local = UTC:", v.Location())
	fmt.Println("round trip:", v.Round(0).Equal(v))
}
