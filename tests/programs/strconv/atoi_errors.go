package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"123", "-45", "+7", "0", "abc", "", "12a", "99999999999999999999", "-9223372036854775808", "9223372036854775808", " 1", "1_000", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"0x1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"1_000", 0, 64}, {"1_000", 10, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"zz", 37, 64}, {"12", 10, 65}, {"", 10, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		u8, err := strconv.ParseUint(s, 10, 8)
		u64, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Println(s, u8, err, u64, err2)
	}
	_, err := strconv.Atoi("x1")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), err.(*strconv.NumError).Func)
	fmt.Printf("%T\n", err)
}
