// Multiple results, named results, naked returns, deferred modification.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return n, nil
}

func swap(a, b string) (string, string) { return b, a }

func sum3(a, b, c int) int   { return a + b + c }
func three() (int, int, int) { return 1, 2, 3 }

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered: " + fmt.Sprint(r))
			res = -1
		}
	}()
	res = a / b
	return
}

func triple() (x int) {
	defer func() { x *= 3 }()
	x = 5
	return x + 1
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	for _, s := range []string{"42", "x1"} {
		if n, err := parse(s); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", n)
		}
	}
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(sum3(three()))
	_, second, _ := three()
	fmt.Println(second)
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(triple())
	var x, y int
	x, y = y+1, x+2
	fmt.Println(x, y)
	i := 0
	s := []int{10, 20, 30}
	i, s[i] = 1, 99
	fmt.Println(i, s)
}
