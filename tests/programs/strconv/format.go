package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(math.MaxInt64))
	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(b, strconv.FormatInt(-255, b), strconv.FormatUint(math.MaxUint64, b))
	}
	vals := []float64{0, 1, -1, 3.14159265358979, 1e21, 1e-7, 123456.789, 0.000001234, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64, 100, 0.1}
	for _, v := range vals {
		fmt.Println(
			strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'E', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'G', 4, 64),
			strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'b', -1, 64),
			strconv.FormatFloat(v, 'x', -1, 64),
			strconv.FormatFloat(v, 'X', 2, 64),
			strconv.FormatFloat(v, 'f', -1, 32),
			strconv.FormatFloat(v, 'g', 3, 32),
		)
	}
	fmt.Println(strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(0.125, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'g', 6, 64), strconv.FormatFloat(0.00001234, 'g', 2, 64))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 2.5, 'g', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"")
	b = strconv.AppendUint(b, 7, 2)
	fmt.Println(string(b))
}
