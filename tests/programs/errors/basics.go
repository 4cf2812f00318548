package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrNotFound2 = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	if _, err := find(m, "b"); err != nil {
		fmt.Println("error:", err, err == ErrNotFound, err == ErrNotFound2)
	}
	v, err := find(m, "a")
	fmt.Println(v, err, err == nil)
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Println(errors.Unwrap(e1) == nil)
	fmt.Println(errors.Is(nil, nil), errors.Is(e1, nil), errors.Is(nil, e1), errors.Is(e1, e1))
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, os.ErrNotExist)
	fmt.Printf("%v %s %q\n", ErrNotFound, ErrNotFound, ErrNotFound)
	var nilErr error
	fmt.Println(nilErr, nilErr == nil)
	fmt.Printf("%v %T\n", nilErr, nilErr)
}
