// Missing return statements.

package main

func f1(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func f2() int {
	for {
		break
	}
} // ERROR "missing return"

func f3(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func f4() (int, error) {
} // ERROR "missing return"

func f5(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
	}
} // ERROR "missing return"

func f6(x int) int {
	for x > 0 {
		return x
	}
} // ERROR "missing return"

func f7(x int) int {
L:
	for {
		if x > 0 {
			break L
		}
		return 0
	}
} // ERROR "missing return"

// These are fine: terminating statements.
func ok1() int { panic("x") }
func ok2() int {
	for {
	}
}
func ok3(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}
func ok4(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 2
	}
}

func main() {
	_, _, _, _, _, _, _ = f1, f2, f3, f4, f5, f6, f7
	_, _, _, _ = ok1, ok2, ok3, ok4
}
