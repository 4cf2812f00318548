package main

import "fmt"

type point struct{ x, y int }

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	// Buffered values are still delivered after close.
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, len(ch), cap(ch))

	// Zero values of several element types.
	s := make(chan string)
	close(s)
	sv, sok := <-s
	fmt.Printf("%q %v\n", sv, sok)

	p := make(chan point)
	close(p)
	pv, pok := <-p
	fmt.Printf("%+v %v\n", pv, pok)

	ptr := make(chan *point)
	close(ptr)
	fmt.Println(<-ptr == nil)

	e := make(chan error)
	close(e)
	ev, eok := <-e
	fmt.Println(ev, eok)

	sl := make(chan []int)
	close(sl)
	slv := <-sl
	fmt.Println(slv == nil, len(slv))

	// ok from a goroutine that closes later.
	c := make(chan int)
	go func() {
		c <- 42
		close(c)
	}()
	for {
		x, more := <-c
		if !more {
			fmt.Println("closed")
			break
		}
		fmt.Println("received", x)
	}

	// Assigning to existing variables, including a map entry and a blank.
	m := map[string]int{}
	var good bool
	c = make(chan int, 1)
	c <- 7
	m["k"], good = <-c
	fmt.Println(m, good)
	close(c)
	_, good = <-c
	fmt.Println(good)
}
