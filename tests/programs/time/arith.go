package main

import (
	"fmt"
	"time"
)

func main() {
	cet := time.FixedZone("CET", 3600)
	base := time.Date(2020, time.January, 31, 22, 30, 0, 500, time.UTC)
	for _, a := range [][3]int{{0, 1, 0}, {0, 1, 1}, {1, 1, 0}, {0, -1, 0}, {-1, 13, -31}, {4, 0, 0}, {0, 0, 366}, {0, 0, -10000}, {100, 0, 0}} {
		fmt.Println(a, base.AddDate(a[0], a[1], a[2]))
	}
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, cet)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(-4, 0, 0), leap.AddDate(0, 12, 0))
	ds := []time.Duration{0, time.Nanosecond, -time.Nanosecond, time.Hour * 25, -time.Hour * 24 * 365, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		u := base.Add(d)
		fmt.Println(d, u, u.Sub(base), base.Sub(u))
	}
	a := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), a.Sub(b), b.Sub(b))
	x := time.Date(2022, 6, 1, 12, 0, 0, 0, time.UTC)
	y := time.Date(2022, 6, 1, 13, 0, 0, 0, cet)
	z := x.Add(time.Nanosecond)
	fmt.Println(x.Equal(y), x == y, x.Before(z), x.After(z), z.After(x), x.Before(y))
	fmt.Println(y.UTC(), y.In(time.UTC) == x, y.Location(), x.Location(), y.UTC().Location())
	m := map[time.Time]int{x: 1}
	m[x.Add(0)]++
	fmt.Println(len(m), m[x])

	t := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Second, 1234567 * time.Nanosecond} {
		fmt.Printf("t.Round(%6s) = %s   t.Truncate(%6s) = %s\n", d, t.Round(d).Format("2006-01-02 15:04:05.999999999"), d, t.Truncate(d).Format("2006-01-02 15:04:05.999999999"))
	}
	tz := time.Date(2012, 12, 7, 12, 15, 30, 0, cet)
	fmt.Println(tz.Round(time.Hour), tz.Truncate(24*time.Hour))

	fmt.Println(time.Date(2000, 1, 1, 0, 0, 0, 0, cet).ZoneBounds())
	st, en := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).ZoneBounds()
	fmt.Println(st.IsZero(), en.IsZero(), st, en)
	fmt.Println(x.IsDST(), x.Local().Location() == time.Local, x.Local().Equal(x))
	fmt.Println(time.Unix(1e9, 0).UTC().Local().UTC())
}
