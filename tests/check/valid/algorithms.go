// A bank of classic algorithms: sorting, searching, number theory,
// combinatorics and dynamic programming.
package main

import (
	"fmt"
	"strings"
)

func quickSort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quickSort(a[:j+1])
	quickSort(a[i:])
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func heapSort(a []int) {
	n := len(a)
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && a[child+1] > a[child] {
				child++
			}
			if a[root] >= a[child] {
				return
			}
			a[root], a[child] = a[child], a[root]
			root = child
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func insertionSort(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func modPow(base, exp, mod uint64) uint64 {
	result := uint64(1)
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

func nQueens(n int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		count := 0
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			count += place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
		return count
	}
	return place(0)
}

func knapsack(weights, values []int, capacity int) int {
	dp := make([]int, capacity+1)
	for i := range weights {
		for w := capacity; w >= weights[i]; w-- {
			if v := dp[w-weights[i]] + values[i]; v > dp[w] {
				dp[w] = v
			}
		}
	}
	return dp[capacity]
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	var sb []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			sb = append(sb, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(sb)-1; l < r; l, r = l+1, r-1 {
		sb[l], sb[r] = sb[r], sb[l]
	}
	return string(sb)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func subsets(items []string) [][]string {
	var out [][]string
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []string
		for i := range items {
			if mask&(1<<i) != 0 {
				s = append(s, items[i])
			}
		}
		out = append(out, s)
	}
	return out
}

func coinWays(coins []int, total int) int {
	ways := make([]int, total+1)
	ways[0] = 1
	for _, c := range coins {
		for v := c; v <= total; v++ {
			ways[v] += ways[v-c]
		}
	}
	return ways[total]
}

func pseudoRandom(n int) []int {
	out := make([]int, n)
	x := uint32(2463534242)
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = int(x % 1000)
	}
	return out
}

func main() {
	data := pseudoRandom(15)
	fmt.Println("input:     ", data)
	q := append([]int(nil), data...)
	quickSort(q)
	fmt.Println("quicksort: ", q)
	fmt.Println("mergesort: ", mergeSort(append([]int(nil), data...)))
	h := append([]int(nil), data...)
	heapSort(h)
	fmt.Println("heapsort:  ", h)
	words := strings.Fields("delta alpha echo charlie bravo")
	insertionSort(words)
	fmt.Println("insertion: ", words)
	fmt.Println("search:    ", binarySearch(q, q[7]), binarySearch(q, -5))
	primes := sieve(100)
	fmt.Println("primes:    ", len(primes), primes[len(primes)-5:])
	fmt.Println("gcd:       ", gcd(462, 1071), gcd(17, 5))
	fmt.Println("modpow:    ", modPow(2, 100, 1000000007), modPow(3, 200, 13))
	for n := 4; n <= 8; n++ {
		fmt.Print("queens(", n, ")=", nQueens(n), " ")
	}
	fmt.Println()
	fmt.Println("knapsack:  ", knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
	fmt.Println("lcs:       ", lcs("AGGTAB", "GXTXAYB"), lcs("programming", "gaming"))
	fmt.Println("edit:      ", editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("flaw", "lawn"))
	fmt.Println("subsets:   ", subsets([]string{"a", "b", "c"}))
	fmt.Println("coins:     ", coinWays([]int{1, 2, 5}, 11), coinWays([]int{2, 5, 3, 6}, 10))
}
