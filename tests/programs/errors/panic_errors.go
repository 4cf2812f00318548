package main

import (
	"errors"
	"fmt"
)

var ErrInvariant = errors.New("invariant violated")

func must(v int, err error) int {
	if err != nil {
		panic(err)
	}
	return v
}

func parse(s string) (int, error) {
	if s == "bad" {
		return 0, fmt.Errorf("parse %q: %w", s, ErrInvariant)
	}
	return len(s), nil
}

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("panic: %v", r)
			}
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(must(parse("good")))
	err := try(func() { must(parse("bad")) })
	fmt.Println(err, errors.Is(err, ErrInvariant))
	err = try(func() { panic("plain string") })
	fmt.Println(err)
	err = try(func() { var a [3]int; i := 5; a[i%8] = 1 })
	fmt.Println(err)
	fmt.Println(try(func() {}))
}
