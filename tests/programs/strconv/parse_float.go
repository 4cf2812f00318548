package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-5", ".5", "5.", "inf", "-Inf", "+INF", "NaN", "nan", "infinity", "0x1p-2", "1_000.5", "abc", "", "1e400", "-1e400", "1e-400", "4.9e-324", "  1", "1.7976931348623157e308", "0.1", "123456789012345678901234567890"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"3.4e38", "3.5e38", "1e-46", "0.1", "16777217"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Printf("ParseFloat32(%q) = %v (%v), %v\n", s, f, float32(f), err)
	}
	for _, s := range []string{"true", "false", "1", "0", "t", "F", "TRUE", "True", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
}
