package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func tripleDefer() (n int) {
	defer func() { n += 1 }()
	defer func() { n *= 10 }()
	n = 3
	return n + 1
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func recovering() (res string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = "fallback"
		}
	}()
	var arr []int
	_ = arr[3]
	return "ok", nil
}

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func() { c++ }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleDefer())
	fmt.Println(unnamed())
	fmt.Println(wrapErr())
	fmt.Println(recovering())
	fmt.Println(counter())
}
