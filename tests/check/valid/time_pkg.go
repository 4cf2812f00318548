// time: Durations, fixed dates, formatting, Sleep and timers (deterministic output).
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.String())
	fmt.Println(1500*time.Millisecond, 2*time.Second+300*time.Microsecond, time.Duration(42), time.Duration(0))
	fmt.Println(time.Hour.Seconds(), (3 * time.Second).Milliseconds(), time.Duration(1e9).Truncate(time.Second))
	fmt.Println((2*time.Hour + 3*time.Minute + 4*time.Second).Round(time.Minute))
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds())

	t := time.Date(2023, time.March, 14, 15, 9, 26, 0, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second())
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Format(time.RFC1123), u.Sub(t), u.After(t), t.Before(u), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 20).Format("2006-01-02"), t.Truncate(time.Hour).Format(time.Kitchen))
	p, err := time.Parse("2006-01-02", "2020-02-29")
	fmt.Println(p.Weekday(), err, p.Unix())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 0).UTC().Format(time.ANSIC))

	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(time.Since(start) >= 5*time.Millisecond)

	timer := time.NewTimer(time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")
	ticker := time.NewTicker(time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	fmt.Println(<-done)
	fmt.Println(time.Saturday, time.December, time.Month(5))
}
