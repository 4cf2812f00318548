package main

import "fmt"

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func isqrt(n uint64) uint64 {
	if n < 2 {
		return n
	}
	x := n/2 + 1
	y := (x + n/x) / 2
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

func binomial(n, k int) int {
	if k > n-k {
		k = n - k
	}
	r := 1
	for i := 0; i < k; i++ {
		r = r * (n - i) / (i + 1)
	}
	return r
}

func main() {
	fmt.Println(powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 0, 13))
	for _, n := range []uint64{0, 1, 15, 16, 17, 1000000, 1 << 62, 18446744073709551615} {
		fmt.Println(n, isqrt(n))
	}
	for n := 0; n <= 10; n++ {
		for k := 0; k <= n; k++ {
			fmt.Print(binomial(n, k), " ")
		}
		fmt.Println()
	}
	fmt.Println(binomial(60, 30))
	// digit sums and reversal
	n := 9876543210
	rev, sum := 0, 0
	for m := n; m > 0; m /= 10 {
		rev = rev*10 + m%10
		sum += m % 10
	}
	fmt.Println(rev, sum)
	// perfect numbers
	for i := 2; i < 10000; i++ {
		s := 1
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				s += d
				if d*d != i {
					s += i / d
				}
			}
		}
		if s == i {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
}
