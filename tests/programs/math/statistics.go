package main

import (
	"fmt"
	"math"
	"sort"
)

type Sample []float64

func (s Sample) Mean() float64 {
	t := 0.0
	for _, v := range s {
		t += v
	}
	return t / float64(len(s))
}

func (s Sample) Median() float64 {
	c := append(Sample(nil), s...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func (s Sample) Variance() float64 {
	m := s.Mean()
	t := 0.0
	for _, v := range s {
		t += (v - m) * (v - m)
	}
	return t / float64(len(s)-1)
}

func (s Sample) Percentile(p float64) float64 {
	c := append(Sample(nil), s...)
	sort.Float64s(c)
	rank := p / 100 * float64(len(c)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	frac := rank - float64(lo)
	return c[lo]*(1-frac) + c[hi]*frac
}

func correlation(x, y Sample) float64 {
	mx, my := x.Mean(), y.Mean()
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

func linreg(x, y Sample) (slope, intercept float64) {
	mx, my := x.Mean(), y.Mean()
	var num, den float64
	for i := range x {
		num += (x[i] - mx) * (y[i] - my)
		den += (x[i] - mx) * (x[i] - mx)
	}
	slope = num / den
	return slope, my - slope*mx
}

func main() {
	s := Sample{2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.0, 4.4}
	fmt.Printf("mean=%.4f median=%.4f var=%.4f sd=%.4f\n", s.Mean(), s.Median(), s.Variance(), math.Sqrt(s.Variance()))
	for _, p := range []float64{0, 25, 50, 75, 90, 100} {
		fmt.Printf("p%-3v = %.3f\n", p, s.Percentile(p))
	}
	x := Sample{1, 2, 3, 4, 5, 6, 7, 8}
	y := Sample{2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1}
	m, b := linreg(x, y)
	fmt.Printf("y = %.4fx + %.4f, r = %.6f\n", m, b, correlation(x, y))
	// histogram
	buckets := make([]int, 5)
	for _, v := range s {
		i := int(v / 2)
		if i >= len(buckets) {
			i = len(buckets) - 1
		}
		buckets[i]++
	}
	for i, c := range buckets {
		fmt.Printf("[%2d,%2d) %s\n", i*2, i*2+2, string(make([]byte, 0)) + fmt.Sprintf("%.*s", c, "##########"))
	}
	// geometric and harmonic means
	prod, inv := 1.0, 0.0
	for _, v := range s {
		prod *= v
		inv += 1 / v
	}
	fmt.Printf("geo=%.5f harm=%.5f\n", math.Pow(prod, 1/float64(len(s))), float64(len(s))/inv)
}
