package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func passThrough() (int, int) { return divmod(17, 5) }

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func named() (x, y int) {
	x = 1
	y = 2
	x, y = y, x
	return
}

func shadowReturn() (r int) {
	r = 5
	{
		r := 10
		_ = r
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	v, err := safeDiv(10, 3)
	fmt.Println(v, err)
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, s2, _ := three()
	fmt.Println(s2)
	fmt.Println(passThrough())
	fmt.Println(sum(divmod(100, 7)))
	fmt.Println(named())
	fmt.Println(shadowReturn())
	fmt.Println(fmt.Sprint(three()))
}
