#!/usr/bin/env weft
// A weft script without goroutines: the sieve of Eratosthenes, and a word count.
// No package clause and no imports: top-level statements run in order.

n := 50
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
fmt.Println("primes up to", n, "->", primes)

counts := map[string]int{}
for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
	counts[w]++
}
fmt.Printf("%d distinct words, %q appears %d times\n", len(counts), "the", counts["the"])
