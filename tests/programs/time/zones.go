package main

import (
	"fmt"
	"time"
)

// Locations from the system's zoneinfo (/usr/share/zoneinfo): transitions
// long settled in the IANA database.
func main() {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata", "Etc/GMT+5", "Europe/London"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		fmt.Println("==", loc)
		for _, t := range []time.Time{
			time.Date(2021, 1, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2021, 7, 15, 12, 0, 0, 0, time.UTC),
			time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
			time.Date(1900, 6, 1, 0, 0, 0, 0, time.UTC),
		} {
			l := t.In(loc)
			name, off := l.Zone()
			s, e := l.ZoneBounds()
			fmt.Println(l, name, off, l.IsDST(), s, e)
			fmt.Println("  ", l.Format(time.RFC1123), l.Format(time.RFC3339))
		}
		// the spring-forward gap and the fall-back overlap (2021)
		fmt.Println(time.Date(2021, 3, 14, 2, 30, 0, 0, loc), time.Date(2021, 11, 7, 1, 30, 0, 0, loc))
		fmt.Println(time.Date(2021, 3, 28, 2, 30, 0, 0, loc), time.Date(2021, 10, 31, 2, 30, 0, 0, loc))
		d := time.Date(2021, 3, 13, 12, 0, 0, 0, loc)
		fmt.Println(d.AddDate(0, 0, 1), d.AddDate(0, 0, 1).Sub(d), d.Add(24*time.Hour))
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2021-07-04 10:00 EDT", loc)
		fmt.Println(t, err)
		t, err = time.ParseInLocation("2006-01-02 15:04", "2021-07-04 10:00", loc)
		fmt.Println(t, err)
	}
	for _, bad := range []string{"Nowhere/Land", "America", "america/new_york", "Etc/../../etc/passwd", "\x00"} {
		_, err := time.LoadLocation(bad)
		fmt.Printf("%q: %v\n", bad, err)
	}
}
