package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k > 5 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	arr := [5]int{10, 20, 30, 40, 50}
	for i := range arr {
		arr[i] /= 10
	}
	fmt.Println(arr)
	for i, v := range arr {
		arr[len(arr)-1-i] = v * 100 // range over array copy: v from original
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 99) // range evaluates slice once
			sl[2] = 33
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var nilMap map[int]int
	for k := range nilMap {
		fmt.Println("never", k)
	}
	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var p *[3]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println(" len of nil array ptr range")
	count := 0
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				break
			}
			count++
		}
	}
	fmt.Println(count)
}
