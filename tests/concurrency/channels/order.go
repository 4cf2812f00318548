// Receives are evaluated in order with calls, before the variables of their statement are
// read (gc's order pass); select evaluates each case's operands in source order, each with
// its calls first.
package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 1; i <= 9; i++ {
		c <- i
	}
	n := 1
	fmt.Println(n+<-c, func() int { n = 100; return 0 }())
	n = 1
	fmt.Println(n, <-c, func() int { n = 5; return 0 }(), <-c)
	s := []int{0, 0, 0}
	i := 0
	s[i] = <-c + func() int { i = 2; return 0 }()
	fmt.Println(s)
	v, ok := <-c
	fmt.Println(v, ok)

	// Sending: the value's calls before the channel variable is read.
	d := make(chan int, 1)
	e := make(chan int, 1)
	dd := d
	dd <- func() int { dd = e; return 7 }()
	fmt.Println(len(d), len(e))

	// select: case operands in source order.
	x := 1
	c2 := make(chan int, 1)
	select {
	case c2 <- x + func() int { x = 20; return 0 }():
	}
	fmt.Println(<-c2)
	select {
	case v := <-c:
		fmt.Println("got", v+func() int { return 0 }())
	}
	r := 0
	ok2 := r == 0 && <-c > r+func() int { r = 100; return 0 }()
	fmt.Println(ok2)
}
