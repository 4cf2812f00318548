package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	read := func() int {
		sc.Scan()
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			panic(err)
		}
		return v
	}
	t := read()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for ; t > 0; t-- {
		n := read()
		arr := make([]int, n)
		best, cur := -1<<62, 0
		for i := range arr {
			arr[i] = read()
			cur += arr[i]
			if cur > best {
				best = cur
			}
			if cur < 0 {
				cur = 0
			}
		}
		fmt.Fprintf(out, "n=%d max subarray=%d\n", n, best)
	}
}
