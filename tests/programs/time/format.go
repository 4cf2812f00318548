package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{time.UTC, time.FixedZone("PST", -8*3600), time.FixedZone("", 5*3600+45*60), time.FixedZone("ODD", -(1*3600 + 2*60 + 3))}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "2006-01-02", "15:04:05",
		"Monday January 2 2006 3:4:5 pm PM", "_2 __2 002 Jan January 1 01 Mon Monday", "06 2006 -07 -0700 -07:00 -070000 -07:00:00",
		"Z07 Z0700 Z07:00 Z070000 Z07:00:00 MST", ".0 .000 .000000000 .9 .999 .999999999 ,000 ,999", "15:04:05.00000",
		"no layout here", "", "Jan Janu 2006-1-2", "pm PM", "05.999999999 05.000000000",
	}
	times := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2023, time.October, 9, 0, 7, 8, 123456789, time.UTC),
		time.Date(1999, time.December, 31, 12, 0, 0, 100000000, time.UTC),
		time.Date(12345, time.March, 5, 23, 59, 59, 1000, time.UTC),
		time.Date(-5, time.July, 4, 9, 9, 9, 9, time.UTC),
		time.Date(5, time.August, 15, 1, 1, 1, 120000, time.UTC),
	}
	for _, tt := range times {
		for _, z := range zones {
			t := tt.In(z)
			fmt.Println("==", t)
			for _, l := range layouts {
				fmt.Printf("  %q -> %q\n", l, t.Format(l))
			}
		}
	}
	t := times[1]
	b := t.AppendFormat([]byte("at: "), time.RFC3339Nano)
	fmt.Println(string(b), len(t.AppendFormat(nil, "")))
	fmt.Println(t.String(), t.In(zones[2]).String())
	fmt.Printf("%v|%s|%d\n", t, t, t.Year())
}
