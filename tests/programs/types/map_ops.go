package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat sat on the mat the end"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	fmt.Println(freq)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
	// invert map
	inv := map[int][]string{}
	for k, v := range freq {
		inv[v] = append(inv[v], k)
	}
	for _, ws := range inv {
		sort.Strings(ws)
	}
	fmt.Println(inv)
	// adding during range: only check the final state
	m := map[int]int{1: 1, 2: 2, 3: 3}
	for k, v := range m {
		if k < 100 {
			m[k+100] = v
		}
	}
	cnt := 0
	for k := range m {
		if k > 100 {
			cnt++
		}
	}
	fmt.Println(cnt >= 3, m[101], m[102], m[103])
	// delete odd entries while iterating
	d := map[int]string{}
	for i := 0; i < 20; i++ {
		d[i] = fmt.Sprint(i)
	}
	for k := range d {
		if k%2 == 1 {
			delete(d, k)
		}
	}
	fmt.Println(len(d), d)
	// map of funcs
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"/": func(a, b float64) float64 { return a / b },
	}
	fmt.Println(ops["+"](1, 2), ops["/"](1, 4), ops["-"] == nil)
	// large map
	big := make(map[int]int, 10)
	for i := 0; i < 5000; i++ {
		big[i*7%5003] = i
	}
	sum := 0
	for k, v := range big {
		sum += k ^ v
	}
	fmt.Println(len(big), sum)
	// NaN keys
	nan := map[float64]int{}
	z := 0.0
	nan[z/z] = 1
	nan[z/z] = 2
	fmt.Println(len(nan), nan[z/z])
}
