package main

import (
	"errors"
	"fmt"
	"time"
)

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%q %q: ParseError{%q %q %q %q %q}: %v\n", layout, value, pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message, err)
		} else {
			fmt.Printf("%q %q: error %v\n", layout, value, err)
		}
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q %q: %v [%s %d] unix=%d\n", layout, value, t, name, off, t.UnixNano())
}

func main() {
	try(time.RFC3339, "2006-01-02T15:04:05Z")
	try(time.RFC3339, "2006-01-02T15:04:05+07:00")
	try(time.RFC3339, "2006-01-02T15:04:05.123456789-03:30")
	try(time.RFC3339Nano, "2021-12-31T23:59:59.5Z")
	try(time.RFC3339, "2006-01-02T15:04:05")
	try(time.RFC3339, "2006-13-02T15:04:05Z")
	try(time.RFC3339, "2006-02-30T15:04:05Z")
	try(time.RFC3339, "2006-01-02T25:04:05Z")
	try(time.RFC3339, "2006-01-02T15:04:05+24:00")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC")
	try(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PST")
	try(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800")
	try(time.RFC822, "10 Nov 09 23:00 GMT")
	try(time.RFC850, "Tuesday, 10-Nov-09 23:00:00 UTC")
	try(time.RFC850, "Monday, 10-Nov-09 23:00:00 UTC")
	try(time.ANSIC, "Tue Nov 10 23:00:00 2009")
	try(time.ANSIC, "Tue Nov  1 23:00:00 2009")
	try(time.UnixDate, "Tue Nov 10 23:00:00 GMT+3 2009")
	try(time.RubyDate, "Tue Nov 10 23:00:00 +0100 2009")
	try(time.Kitchen, "3:04PM")
	try(time.Kitchen, "3:04am")
	try(time.Kitchen, "13:04PM")
	try(time.Stamp, "Feb  3 04:05:06")
	try(time.StampNano, "Feb  3 04:05:06.000000001")
	try(time.StampMilli, "Feb  3 04:05:06.12")
	try("2006-01-02", "2023-02-29")
	try("2006-01-02", "2024-02-29")
	try("2006-01-02", "2024-2-29")
	try("2006-1-2", "2024-2-9")
	try("2006-002", "2024-060")
	try("2006-002", "2023-366")
	try("2006-01-002", "2024-03-061")
	try("2006-01-02 15:04:05.000", "2023-05-06 07:08:09.1234")
	try("2006-01-02 15:04:05", "2023-05-06 07:08:09.1234")
	try("2006-01-02 15:04:05.999", "2023-05-06 07:08:09")
	try("2006-01-02 15:04:05,000", "2023-05-06 07:08:09,123")
	try("06-01-02", "69-01-02")
	try("06-01-02", "68-01-02")
	try("Jan 2 06", "xyz 2 06")
	try("January 2 2006", "SEPTEMBER 2 2006")
	try("Mon Jan 2 2006", "Fri Oct 6 2023")
	try("2006-01-02 MST", "2023-10-06 CEST")
	try("2006-01-02 MST", "2023-10-06 ChST")
	try("2006-01-02 -0700", "2023-10-06 +1530")
	try("2006-01-02 -07", "2023-10-06 -05")
	try("2006-01-02 Z0700", "2023-10-06 Z")
	try("2006-01-02 -07:00:00", "2023-10-06 +01:02:03")
	try("2006-01-02 Z07:00:00", "2023-10-06 Z")
	try("2006-01-02", "2023-10-06 extra")
	try("2006-01-02", "")
	try("", "")
	try("", "x")
	try("15:04:05", "24:00:00")
	try("15:04:05", "12:60:00")
	try("15:04", "12:5")
	try("3:04 PM", "12:30 AM")
	try("3:04 PM", "12:30 PM")
	try("3:04 pm", "0:30 pm")
	try("2006 __2", "2023 5")
	try("2006 __2", "2023  45")
	try("2006 __2 15", "2023 366 01")
	try("2006-01-02T15:04:05.999999999Z07:00", "2023-01-02T03:04:05.000000000009Z")
	try("2006 Jan 02 15 .000", "2023 Jan 02 15 .12x")
	try(`"2006"`, `"2023`)

	est := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2023-03-04 05:06", est)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-03-04 05:06 EST", est)
	fmt.Println(t, err, t.Location() == est)
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2023-03-04 05:06 -0500", est)
	fmt.Println(t, err, t.Location() == est)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-03-04 05:06 UTC", est)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02", "2023-03-04", time.UTC)
	fmt.Println(t, err)

	// round trips
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, "2006-01-02 15:04:05.000000 -07:00"} {
		orig := time.Date(2019, 8, 7, 6, 5, 4, 321000, time.FixedZone("", -7*3600))
		s := orig.Format(l)
		back, err := time.Parse(l, s)
		fmt.Println(s, back, err, back.Equal(orig))
	}
	pe := &time.ParseError{Layout: "L", Value: "V", LayoutElem: "LE", ValueElem: "VE", Message: ""}
	fmt.Println(pe.Error())
	pe.Message = ": custom"
	fmt.Println(pe)
	pe.Message = ""
	pe.Value = "a\x00\"b"
	fmt.Println(pe)
}
