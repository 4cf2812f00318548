package main

import (
	"fmt"
	"time"
)

type Config struct {
	Retries int
	Backoff time.Duration
}

func main() {
	n := 3
	d := time.Duration(n) * time.Second
	fmt.Println(d, d*2, d/4, d%time.Second, d+500*time.Millisecond, d-time.Hour)
	fmt.Println(d > 2*time.Second, d == 3000*time.Millisecond, d < time.Minute)
	fmt.Println(time.Second/time.Millisecond, int(time.Minute/time.Second))

	// Untyped constants convert implicitly; typed ints need a conversion.
	var ms int64 = 250
	wait := time.Duration(ms) * time.Millisecond
	fmt.Println(wait, 2*wait, wait*time.Duration(n))
	const timeout = 5 * time.Second
	fmt.Printf("%v %T\n", timeout, timeout)

	// Exponential backoff schedule.
	cfg := Config{Retries: 6, Backoff: 100 * time.Millisecond}
	total := time.Duration(0)
	b := cfg.Backoff
	for i := 0; i < cfg.Retries; i++ {
		fmt.Printf("retry %d after %v\n", i+1, b)
		total += b
		b *= 2
	}
	fmt.Println("total", total)

	// Durations as map keys and sorted slices.
	ds := map[time.Duration]string{time.Second: "s", time.Millisecond: "ms", time.Minute: "m"}
	fmt.Println(ds)

	// Float conversions.
	f := 1.5
	fmt.Println(time.Duration(f * float64(time.Second)))
	fmt.Println(float64(90*time.Second) / float64(time.Minute))

	// Parse and format.
	for _, s := range []string{"1h2m3s", "1.5s", "300ms", "-2h45m", "1us", "1µs", "2ns", "0", "bad", "3"} {
		p, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=", p, int64(p))
	}
	// Overflowing arithmetic wraps like int64.
	max := time.Duration(1<<63 - 1)
	fmt.Println(max+1 < 0)
}
