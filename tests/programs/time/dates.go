package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	name, off := t.Zone()
	fmt.Printf("%v | %d-%02d-%02d %02d:%02d:%02d.%09d %v yd=%d iso=%d-W%02d zone=%s%+d unix=%d ms=%d us=%d ns=%d\n",
		t, y, int(m), d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw, name, off,
		t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	if t.Year() != y || t.Month() != m || t.Day() != d || t.Hour() != h || t.Minute() != mi || t.Second() != s {
		fmt.Println("accessor mismatch")
	}
}

func main() {
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+1800)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 17))
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, est))
	show(time.Date(2024, time.February, 29, 12, 30, 45, 123456789, ist))
	show(time.Date(2023, time.December, 31, 23, 59, 59, 999999999, odd))
	// normalisation
	show(time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	show(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, -13, -400, -5, -70, -3600, -1, time.UTC))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC))
	show(time.Date(1600, 2, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(1900, 2, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	for y := 2000; y <= 2030; y += 3 {
		for _, md := range [][2]int{{1, 1}, {1, 4}, {12, 28}, {12, 31}} {
			t := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Printf("%s %s iso %d/%d yd %d\n", t.Format("2006-01-02"), t.Weekday(), iy, iw, t.YearDay())
		}
	}
	// Unix constructors
	show(time.Unix(0, 0).UTC())
	show(time.Unix(1700000000, 5).UTC())
	show(time.Unix(-1, 0).UTC())
	show(time.Unix(1, -1).UTC())
	show(time.Unix(0, 3e9+7).UTC())
	show(time.UnixMilli(-1234567).UTC())
	show(time.UnixMicro(1234567890123456).UTC())
	show(time.Unix(1700000000, 0).In(est))
	show(time.Unix(1<<40, 0).UTC())

	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Location(), zero.Year())
	fmt.Println(time.Unix(0, 0).UTC().IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	fmt.Printf("%#v\n", zero)
	fmt.Println(time.Date(2021, 5, 6, 7, 8, 9, 10, est).GoString())
	fmt.Println(time.Date(2021, 5, 6, 7, 8, 9, 0, time.UTC).GoString())
	fmt.Println(est, ist.String(), odd, time.UTC, time.UTC.String())
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err, loc == time.UTC)
	loc, err = time.LoadLocation("")
	fmt.Println(loc, err)
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
	_, err = time.LoadLocation("/etc/localtime")
	fmt.Println(err)
}
