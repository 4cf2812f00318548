package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	sum := 0
	for i := 0; i < 100000; i++ {
		sum += i
	}
	el := time.Since(start)
	fmt.Println(sum, el >= 0, el < time.Minute)
	now := time.Now()
	fmt.Println(!now.Before(start), now.Sub(start) >= 0, time.Until(start) <= 0)
	fmt.Println(now.Year() >= 2023, now.Location() == time.Local)
	s := now.String()
	fmt.Println(strings.Contains(s, " m=+"), strings.Contains(now.Round(0).String(), "m="))
	fmt.Println(strings.Contains(now.UTC().String(), "m="), strings.Contains(now.Add(time.Hour).String(), "m=+"))
	fmt.Println(now.Equal(now.Round(0)), now == now.Round(0), now.Round(0) == now.Round(0))
	u := time.Unix(now.Unix(), int64(now.Nanosecond()))
	fmt.Println(u.Equal(now), now.UnixNano() == u.UnixNano())
	later := now.Add(2 * time.Second)
	fmt.Println(later.Sub(now), later.Round(0).Sub(now), later.AddDate(0, 0, 1).Sub(now))
	fmt.Println(time.Since(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) > 200000*time.Hour)
	l := time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local)
	fmt.Println(l.Location() == time.Local, l.In(time.UTC).Equal(l), l.Local() == l)
}
