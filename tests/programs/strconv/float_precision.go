package main

import (
	"fmt"
	"strconv"
)

func main() {
	f := 1234.56789
	for prec := -1; prec <= 8; prec++ {
		fmt.Println(prec, strconv.FormatFloat(f, 'f', prec, 64), strconv.FormatFloat(f, 'e', prec, 64), strconv.FormatFloat(f, 'g', prec, 64))
	}
	halves := []float64{0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 1.005, 1.015, 1.025, 1e-10}
	for _, h := range halves {
		fmt.Println(h, strconv.FormatFloat(h, 'f', 0, 64), strconv.FormatFloat(h, 'f', 2, 64), strconv.FormatFloat(h, 'e', 1, 64))
	}
	big := []float64{1e15, 1e16, 1e17, 123456789012345678, 1 << 62, 1e20, 1e21, 1e22}
	for _, b := range big {
		fmt.Println(strconv.FormatFloat(b, 'f', -1, 64), strconv.FormatFloat(b, 'g', -1, 64), fmt.Sprint(b))
	}
	small := []float64{1e-4, 1e-5, 0.00012345, 0.000012345}
	for _, s := range small {
		fmt.Println(strconv.FormatFloat(s, 'g', -1, 64), strconv.FormatFloat(s, 'g', 3, 64), fmt.Sprint(s))
	}
}
