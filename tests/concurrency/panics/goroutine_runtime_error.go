package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { done <- get(s, i) }(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)
	go func() { done <- get(s, 5) }()
	fmt.Println(<-done)
}
