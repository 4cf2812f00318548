package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1500 * time.Microsecond, time.Millisecond, 1234567890,
		-1234567890, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		100 * time.Hour, 1<<63 - 1, -1 << 63, 2*time.Hour + 30*time.Minute,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.String())
		fmt.Printf("  h=%.6f m=%.4f s=%.9f ms=%d us=%d ns=%d abs=%v\n",
			d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
		for _, m := range []time.Duration{0, -1, time.Microsecond, time.Millisecond, time.Second, time.Minute, 7 * time.Second, time.Hour} {
			fmt.Printf("  round(%v)=%v trunc(%v)=%v\n", m, d.Round(m), m, d.Truncate(m))
		}
	}
	fmt.Printf("%v %d %s %q %x\n", time.Second, time.Second, 3*time.Millisecond, time.Minute, time.Nanosecond*255)

	inputs := []string{
		"0", "+0", "-0", "1s", "300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1µs", "1μs", "1us",
		".5s", "1.s", "5.000000001s", "0.1234567891234s", "9223372036s", "9223372037s", "-9223372036854775808ns",
		"9223372036854775807ns", "9223372036854775808ns", "", "s", "1", "1x", "1.5", "3hh", "-", "+", ".s",
		"1h-2m", "2562047h", "2562048h", "100000000000000000000ns", "1e3s", " 1s", "1s ",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: error %v\n", s, err)
		} else {
			fmt.Printf("%q: %v (%d)\n", s, d, int64(d))
		}
	}

	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println(time.Month(0), time.Month(-3))
	for d := time.Sunday; d <= time.Saturday+1; d++ {
		fmt.Print(d.String(), " ")
	}
	fmt.Println()
	fmt.Printf("%d %v %s\n", time.March, time.March, time.Weekday(3))
}
