package main

import "fmt"

func nested() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		panic("panic in defer")
	}()
	panic("original")
}

func deferRunsDuringPanic() {
	defer fmt.Println("deferred 1 runs")
	defer func() {
		fmt.Println("deferred 2 runs, recovering:", recover())
	}()
	defer fmt.Println("deferred 3 runs")
	panic("trigger")
}

func recoverOnlyOnce() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func loopPanics() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(fmt.Sprint("even ", i))
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

func panicAfterRecover() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("final: ", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again after ", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

func main() {
	fmt.Println(nested())
	deferRunsDuringPanic()
	recoverOnlyOnce()
	loopPanics()
	fmt.Println(panicAfterRecover())
	fmt.Println("main done")
}
