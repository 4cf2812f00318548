package main

import "fmt"

func dirty(a, b, c, d, e, f, g, h int) int {
	x, y, z := a*b, c*d, e*f
	var arr [3]int
	arr[0] = g * h
	return x + y + z + arr[0]
}

func named() (n int, s string, f float64, ok bool) {
	return
}

func loopVars() []int {
	var out []int
	for i := 0; i < 3; i++ {
		var v int
		var w float64
		var b bool
		v += i
		w += float64(i)
		if !b {
			out = append(out, v, int(w))
		}
	}
	return out
}

func partial(k int) (a, b int) {
	if k > 0 {
		a = k
		return
	}
	b = -k
	return
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(dirty(1, 2, 3, 4, 5, 6, 7, 8+i))
		fmt.Println(named())
		fmt.Println(loopVars())
		fmt.Println(partial(i - 1))
	}
}
