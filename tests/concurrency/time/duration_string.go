package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500 * time.Microsecond, time.Millisecond,
		1234567 * time.Nanosecond, time.Second, 90 * time.Second, time.Minute + 500*time.Millisecond,
		time.Hour, 25*time.Hour + 61*time.Second, -time.Second, -1, -1500 * time.Millisecond,
		time.Duration(1<<63 - 1), time.Duration(-1 << 63), 100 * time.Hour,
		3*time.Hour + 2*time.Minute + 1*time.Second + 123*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Printf("%d -> %s | %v\n", int64(d), d.String(), d)
	}
	fmt.Println(time.Duration(42))
	fmt.Printf("%s %q %v %d\n", 2*time.Second, time.Millisecond, []time.Duration{time.Second, 2 * time.Minute}, time.Microsecond)
	type wrapper struct {
		Timeout time.Duration
	}
	fmt.Printf("%v %+v\n", wrapper{3 * time.Second}, wrapper{time.Minute})
}
