package main

import (
	"errors"
	"fmt"
)

type Loud struct{ name string }

func (l Loud) String() string {
	fmt.Println("  (String of", l.name, "runs)")
	return "Loud<" + l.name + ">"
}

type PanicErr struct{}

func (PanicErr) Error() string { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) }

type PanicInt struct{}

func (PanicInt) String() string { panic(42) }

type NilPanic struct{ p *int }

func (n NilPanic) String() string { return fmt.Sprint(*n.p) }

type Deep struct {
	A Loud
	B []PanicInt
	c Loud
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("deferred print while panicking:", r)
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(Loud{"x"})
	fmt.Printf("%v|%s|%d\n", PanicErr{}, PanicInt{}, PanicInt{})
	fmt.Println(NilPanic{})
	fmt.Printf("%+v\n", Deep{Loud{"a"}, []PanicInt{{}}, Loud{"hidden"}})
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	s := fmt.Sprint(PanicInt{}, "after")
	fmt.Println(len(s), s)
	func() {
		defer fmt.Println("deferred Println runs")
		defer func() {
			r := recover()
			fmt.Printf("recovered %v (%T)\n", r, r)
		}()
		panic(Loud{"panic value"})
	}()
	fmt.Println("done")
}
