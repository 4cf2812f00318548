package main

import "fmt"

type pair struct{ k, v int }

func main() {
	c := make(chan int, 10)
	for i := 1; i <= 6; i++ {
		c <- i
	}
	var x int
	var ok bool
	m := map[string]int{}
	var p pair
	s := make([]int, 2)

	select {
	case <-c:
		fmt.Println("discard form")
	}
	select {
	case v := <-c:
		fmt.Println("short var:", v)
	}
	select {
	case v, ok := <-c:
		fmt.Println("short var with ok:", v, ok)
	}
	select {
	case x = <-c:
		fmt.Println("assign:", x)
	}
	select {
	case x, ok = <-c:
		fmt.Println("assign with ok:", x, ok)
	}
	select {
	case m["key"] = <-c:
		fmt.Println("map element:", m)
	}
	c <- 7
	c <- 8
	select {
	case p.v = <-c:
		fmt.Println("field:", p)
	}
	select {
	case s[1], ok = <-c:
		fmt.Println("slice element with ok:", s, ok)
	}
	close(c)
	select {
	case _, ok = <-c:
		fmt.Println("closed, ok:", ok)
	}

	// Scoping: variables declared in a case are local to it.
	d := make(chan string, 1)
	v := "outer"
	d <- "inner"
	select {
	case v := <-d:
		fmt.Println("case sees", v)
	}
	fmt.Println("after select", v)

	// fallthrough is not allowed, but break leaves the select only.
	for i := 0; i < 2; i++ {
		d <- "msg"
		select {
		case m := <-d:
			if i == 0 {
				break
			}
			fmt.Println("iteration", i, m)
		}
	}
}
