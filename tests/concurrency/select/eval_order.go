package main

import "fmt"

// On entering a select, every channel operand and every send value is evaluated exactly
// once, in source order. The left-hand side of a receive is assigned only for the case
// that is chosen.

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "value "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int)
	c := make(chan int, 1)
	c <- 5
	var arr [3]int
	idx := func(i int) int {
		trace = append(trace, fmt.Sprint("index ", i))
		return i
	}

	select {
	case ch("b", b) <- val("b", 1):
		fmt.Println("sent to b")
	case arr[idx(1)] = <-ch("c", c):
		fmt.Println("received into arr[1]:", arr)
	case ch("a full?", nil) <- val("nil", 2):
		fmt.Println("never")
	}
	fmt.Println(trace)

	trace = nil
	select {
	case ch("a", a) <- val("a", 3):
		fmt.Println("sent to a")
	case v := <-ch("b", b):
		fmt.Println("never", v)
	}
	fmt.Println(trace, <-a)
}
