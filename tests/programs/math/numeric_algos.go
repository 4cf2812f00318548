package main

import (
	"fmt"
	"math"
)

func newton(f, df func(float64) float64, x float64) (float64, int) {
	for i := 0; i < 100; i++ {
		nx := x - f(x)/df(x)
		if math.Abs(nx-x) < 1e-12 {
			return nx, i + 1
		}
		x = nx
	}
	return x, 100
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)))
}

func main() {
	root, iters := newton(func(x float64) float64 { return x*x - 2 }, func(x float64) float64 { return 2 * x }, 1)
	fmt.Printf("sqrt2 %.15f in %d iterations\n", root, iters)
	cube, _ := newton(func(x float64) float64 { return x*x*x - x - 1 }, func(x float64) float64 { return 3*x*x - 1 }, 1.5)
	fmt.Printf("plastic %.12f\n", cube)
	fmt.Printf("integral sin 0..pi = %.10f\n", simpson(math.Sin, 0, math.Pi, 100))
	fmt.Printf("integral x^2 0..3 = %.10f\n", simpson(func(x float64) float64 { return x * x }, 0, 3, 10))
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Println(mean(data), stddev(data))
	// compound interest
	p := 1000.0
	for y := 1; y <= 5; y++ {
		p *= 1.05
		fmt.Printf("year %d: %.2f\n", y, p)
	}
	// float equality pitfalls
	a := 0.1 + 0.2
	fmt.Println(a == 0.3, math.Abs(a-0.3) < 1e-9, a-0.3)
}
