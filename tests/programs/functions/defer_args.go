package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func value(name string, v int) int {
	fmt.Println("evaluating", name)
	return v
}

func show(a, b int) { fmt.Println("show", a, b) }

func main() {
	defer show(value("a", 1), value("b", 2))
	fmt.Println("after defer statement")
	l := Logger{"[1] "}
	defer l.Log("logger copy taken at defer time")
	l.prefix = "[2] "
	lp := &l
	defer lp.Log("via pointer, still value receiver: copied at defer")
	l.prefix = "[3] "
	var fn = func() { fmt.Println("original fn") }
	defer fn()
	fn = func() { fmt.Println("replaced fn") }
	counter := 0
	for i := 0; i < 3; i++ {
		counter += 10
		defer fmt.Println("loop defer", i, counter)
	}
	arr := [2]int{1, 2}
	defer fmt.Println("array copied:", arr)
	arr[0] = 99
	p := &arr
	defer fmt.Println("array via ptr deref at defer:", *p)
	arr[1] = 77
	fmt.Println("end of main", arr)
}
