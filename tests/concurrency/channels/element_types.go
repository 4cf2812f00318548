package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() float64 }
type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return 3 * c.r * c.r }

func main() {
	// struct{} signals carry no data.
	sig := make(chan struct{}, 2)
	sig <- struct{}{}
	sig <- struct{}{}
	fmt.Println("signals:", len(sig))
	<-sig
	<-sig

	// Interfaces.
	shapes := make(chan shape, 3)
	shapes <- rect{2, 3}
	shapes <- circle{1}
	shapes <- rect{1, 1}
	close(shapes)
	for s := range shapes {
		fmt.Printf("%T %.1f\n", s, s.area())
	}

	// Functions.
	fns := make(chan func(int) int, 2)
	fns <- func(x int) int { return x + 1 }
	fns <- func(x int) int { return x * 10 }
	fmt.Println((<-fns)(1), (<-fns)(2))

	// Errors.
	errs := make(chan error, 2)
	errs <- errors.New("first failure")
	errs <- nil
	fmt.Println(<-errs, <-errs)

	// Arrays are copied by value.
	arr := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	arr <- a
	a[0] = 100
	fmt.Println(<-arr, a)

	// Maps and pointers are references.
	maps := make(chan map[string]int, 1)
	m := map[string]int{"k": 1}
	maps <- m
	m["k"] = 2
	fmt.Println((<-maps)["k"])

	// Large values.
	type big struct {
		data [64]int
		name string
	}
	bc := make(chan big)
	go func() {
		var b big
		for i := range b.data {
			b.data[i] = i
		}
		b.name = "big"
		bc <- b
	}()
	b := <-bc
	fmt.Println(b.name, b.data[63], len(b.data))

	// Values of a named channel type.
	type pipe chan string
	p := make(pipe, 1)
	p <- "named"
	fmt.Println(<-p)
}
