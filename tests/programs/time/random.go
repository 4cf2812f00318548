package main

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
)

// Random dates, durations and layouts (a fixed seed): every result goes into
// an FNV-1a hash per operation; the first results are printed too.

type sum struct {
	name  string
	h     uint64
	n     int
	shown int
}

func (s *sum) add(v string) {
	if s.h == 0 {
		s.h = 14695981039346656037
	}
	for i := 0; i < len(v); i++ {
		s.h ^= uint64(v[i])
		s.h *= 1099511628211
	}
	s.n++
	if s.shown < 4 {
		s.shown++
		fmt.Printf("%s: %s\n", s.name, v)
	}
}

var pieces = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "15", "3", "03", "4", "04",
	"5", "05", "PM", "pm", "MST", "-0700", "-07", "-07:00", "Z0700", "Z07:00", ".000", ".999", ",000", ".9", "Mon", "Monday",
	" ", ":", "-", "/", "T", "x"}

func main() {
	r := rand.New(rand.NewSource(7))
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800), time.FixedZone("ODD", -3723)}
	var durS, durP, dates, adds, fmts, parses, rounds sum
	durS.name, durP.name, dates.name, adds.name, fmts.name, parses.name, rounds.name = "dur", "parsedur", "date", "adddate", "format", "parse", "round"
	for i := 0; i < 3000; i++ {
		d := time.Duration(r.Int63n(1<<50) - 1<<49)
		if i%3 == 0 {
			d = time.Duration(r.Int63n(2e6) - 1e6)
		}
		m := time.Duration(r.Int63n(1e10) + 1)
		durS.add(fmt.Sprint(d, d.Round(m), d.Truncate(m), d.Hours(), d.Minutes(), d.Seconds(), d.Abs()))
		s := d.String()
		if i%4 == 0 {
			b := []byte(s)
			b[r.Intn(len(b))] = "0123456789.hmsu-x"[r.Intn(17)]
			s = string(b)
		}
		pd, err := time.ParseDuration(s)
		durP.add(fmt.Sprint(s, " ", int64(pd), " ", err))

		z := zones[r.Intn(len(zones))]
		t := time.Date(r.Intn(3000)-500, time.Month(r.Intn(30)-7), r.Intn(90)-30, r.Intn(50)-10, r.Intn(200)-50, r.Intn(400)-100, r.Intn(3e9)-1e9, z)
		iy, iw := t.ISOWeek()
		dates.add(fmt.Sprint(t, " ", t.Weekday(), " ", t.YearDay(), " ", iy, " ", iw, " ", t.Unix(), " ", t.UnixNano()))
		u := t.AddDate(r.Intn(20)-10, r.Intn(40)-20, r.Intn(800)-400)
		adds.add(fmt.Sprint(u, " ", u.Sub(t), " ", t.Add(d), " ", t.Add(d).Sub(t) == d, " ", u.After(t), " ", u.Equal(t.In(time.UTC))))
		rd := time.Duration(r.Int63n(1e13) + 1)
		rounds.add(fmt.Sprint(t.Round(rd), " ", t.Truncate(rd)))

		var lb strings.Builder
		for k := r.Intn(7); k >= 0; k-- {
			lb.WriteString(pieces[r.Intn(len(pieces))])
		}
		layout := lb.String()
		if i%2 == 0 {
			layout = []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, time.ANSIC, time.Kitchen, time.StampMicro, time.RFC850}[r.Intn(7)]
		}
		f := t.Format(layout)
		fmts.add(layout + " => " + f)
		if i%5 == 0 && len(f) > 0 {
			b := []byte(f)
			b[r.Intn(len(b))] = "0123456789 :-+.ZAPM"[r.Intn(19)]
			f = string(b)
		}
		p, err := time.ParseInLocation(layout, f, z)
		parses.add(fmt.Sprint(layout, " | ", f, " => ", p, " ", err))
	}
	for _, s := range []*sum{&durS, &durP, &dates, &adds, &fmts, &parses, &rounds} {
		fmt.Printf("%s %d %016x\n", s.name, s.n, s.h)
	}
}
