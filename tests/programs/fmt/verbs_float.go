package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, 1, -1, 3.14159265358979, -0.000123456, 123456789.987654321, 1e21, 1e-7, 2.5, 0.5, 1.5, 100}
	for _, f := range fs {
		fmt.Printf("|%v|%g|%G|%e|%E|%f|%F|%.2f|%8.3f|%-10.2e|%+.1f|% .3g|%010.4f|%.0f|%#g|%#.3x|\n",
			f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, f := range specials {
		fmt.Printf("|%v|%f|%8.2f|%-8f|%+f|%e|%g|%08.2f|% f|%x|\n", f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("|%.3g|%.10g|%g|%g|%g|\n", 123456.0, 1.0/3, 1e20, 1e21, 1e-5)
	fmt.Printf("|%g|%g|%G|\n", 1e100, 5e-324, 1.7976931348623157e308)
	fmt.Printf("|%.3e|%.0e|%#.0e|%#.0f|\n", 123456.789, 5.5, 5.5, 5.0)
	fmt.Printf("|%x|%X|%.2x|%b|\n", 1.0, -3.75, 10.5, 2.0)
	fmt.Printf("|%6.2f%%|%*.*f|\n", 99.5, 10, 3, math.Pi)
	var f32 float32 = 0.1
	fmt.Printf("|%v|%g|%.10f|%e|\n", f32, f32, f32, f32)
	fmt.Printf("|%v|%v|\n", float32(16777216.0), float32(3.4e38))
	fmt.Printf("|%.1f|%.1f|%.1f|%.1f|%.2f|%.2f|\n", 0.05, 0.15, 0.25, 0.35, 1.005, 2.675)
	fmt.Printf("|%5.1f|%-7.2f|%07.2f|%+07.2f|\n", -2.25, 3.14159, -1.5, 1.5)
	fmt.Printf("|%v|%v|%v|\n", 1e6, 1e20, 123456789012.0)
	fmt.Printf("|%d|\n", 3.5)
	fmt.Printf("|%s|\n", 2.5)
	fmt.Printf("|%t|\n", 1.0)
}
