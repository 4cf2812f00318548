package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, math.Pi, math.E, 1e23, 5e-324, 123456789.123456789, 9007199254740993, 0.000123}
	ok := true
	for _, f := range floats {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		if back != f {
			ok = false
		}
		fmt.Println(s, back == f)
	}
	fmt.Println("all roundtrip:", ok)
	for _, f := range []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45} {
		s := strconv.FormatFloat(float64(f), 'g', -1, 32)
		back, _ := strconv.ParseFloat(s, 32)
		fmt.Println(s, float32(back) == f)
	}
	for _, n := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1234567890} {
		for _, base := range []int{2, 7, 10, 16, 36} {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			if back != n || err != nil {
				fmt.Println("mismatch", n, base, s, back, err)
			}
		}
		fmt.Println(n, strconv.FormatInt(n, 36))
	}
	// sum numbers from strings
	total := 0
	for _, s := range []string{"10", "x", "20", "-5", "3.5", "7"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += n
	}
	fmt.Println("total", total)
}
