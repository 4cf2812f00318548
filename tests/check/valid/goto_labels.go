// goto, labels, labeled break and continue.
package main

import "fmt"

func gotoLoop() int {
	i, sum := 0, 0
top:
	if i < 10 {
		sum += i
		i++
		goto top
	}
	return sum
}

func findPair(m [][]int, target int) (int, int) {
	ri, ci := -1, -1
outer:
	for i, row := range m {
		for j, v := range row {
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci
}

func skipRows(m [][]int) []int {
	var out []int
rows:
	for _, row := range m {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
		}
		out = append(out, row[0])
	}
	return out
}

func retry(attempts int) (n int) {
	n = 0
again:
	n++
	if n < attempts {
		goto again
	}
	return
}

func switchBreak(xs []int) int {
	count := 0
loop:
	for _, x := range xs {
		switch {
		case x == 0:
			continue loop
		case x < 0:
			break loop
		default:
			count++
		}
	}
	return count
}

func selectBreak() int {
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	total := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			total += v
		}
	}
	return total
}

func forwardGoto(x int) string {
	if x > 0 {
		goto positive
	}
	return "non-positive"
positive:
	return "positive"
}

func main() {
	fmt.Println(gotoLoop())
	m := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	fmt.Println(findPair(m, 8))
	fmt.Println(findPair(m, 100))
	fmt.Println(skipRows(m))
	fmt.Println(retry(4))
	fmt.Println(switchBreak([]int{1, 0, 2, 0, 3, -1, 4}))
	fmt.Println(selectBreak())
	fmt.Println(forwardGoto(3), forwardGoto(-3))

	i := 0
L1:
	for {
		i++
	L2:
		for j := 0; j < 5; j++ {
			switch {
			case j == 2:
				continue L2
			case i == 3:
				break L1
			case j == 4:
				continue L1
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println("\ni =", i)
	{
		k := 0
	block:
		if k < 3 {
			k++
			goto block
		}
		fmt.Println("k =", k)
	}
}
