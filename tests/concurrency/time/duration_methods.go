package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond),
		int64(time.Second), int64(time.Minute), int64(time.Hour))

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d)
	fmt.Println("Hours", d.Hours())
	fmt.Println("Minutes", d.Minutes())
	fmt.Println("Seconds", d.Seconds())
	fmt.Println("Milliseconds", d.Milliseconds())
	fmt.Println("Microseconds", d.Microseconds())
	fmt.Println("Nanoseconds", d.Nanoseconds())

	fmt.Printf("%.3f %.1f\n", (1500 * time.Millisecond).Seconds(), (45 * time.Second).Minutes())
	fmt.Println((-2500 * time.Millisecond).Seconds(), (-2500 * time.Millisecond).Milliseconds())

	x := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645*time.Nanosecond
	for _, m := range []time.Duration{0, 1, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, -time.Second} {
		fmt.Printf("%-6v Round %-20v Truncate %v\n", m, x.Round(m), x.Truncate(m))
	}
	// Rounding halfway values away from zero, and negative durations.
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second))
	fmt.Println((2500 * time.Millisecond).Round(time.Second), (-2500 * time.Millisecond).Truncate(time.Second))
	fmt.Println((-1 * time.Hour).Abs(), time.Duration(-1<<63).Abs())
	// Round saturates instead of overflowing.
	fmt.Println(time.Duration(1<<63 - 1).Round(time.Hour))
}
