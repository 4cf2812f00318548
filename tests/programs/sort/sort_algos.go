package main

import "fmt"

func bubble(a []int) []int {
	a = append([]int(nil), a...)
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
	return a
}

func insertion(a []int) []int {
	a = append([]int(nil), a...)
	for i := 1; i < len(a); i++ {
		k := a[i]
		j := i - 1
		for j >= 0 && a[j] > k {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = k
	}
	return a
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergeSort(a[:m]), mergeSort(a[m:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func heapSort(a []int) []int {
	a = append([]int(nil), a...)
	n := len(a)
	sift := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			if l+1 < n && a[l+1] > a[l] {
				l++
			}
			if a[i] >= a[l] {
				return
			}
			a[i], a[l] = a[l], a[i]
			i = l
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
	return a
}

func countingSort(a []int, maxV int) []int {
	cnt := make([]int, maxV+1)
	for _, v := range a {
		cnt[v]++
	}
	out := make([]int, 0, len(a))
	for v, c := range cnt {
		for ; c > 0; c-- {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, 55, 1, 0, 99, 27}
	fmt.Println(bubble(data))
	fmt.Println(insertion(data))
	fmt.Println(mergeSort(append([]int(nil), data...)))
	q := append([]int(nil), data...)
	quick(q)
	fmt.Println(q)
	fmt.Println(heapSort(data))
	fmt.Println(countingSort(data, 99))
	fmt.Println(data)
}
