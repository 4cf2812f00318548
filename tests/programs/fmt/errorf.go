package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrBase = errors.New("base failure")

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", c.Code) }

func main() {
	e1 := fmt.Errorf("level1: %w", ErrBase)
	e2 := fmt.Errorf("level2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == ErrBase)
	e3 := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("code: %w", CodeErr{7})
	var ce CodeErr
	fmt.Println(errors.As(e4, &ce), ce.Code)
	fmt.Printf("%v|%s|%q|%T\n", e4, e4, e4, e4)
	fmt.Printf("%T %T\n", e1, e3)
	e5 := fmt.Errorf("%w", io.EOF)
	fmt.Println(e5, e5 == io.EOF, errors.Is(e5, io.EOF))
	e6 := fmt.Errorf("bad verb %w", "not an error")
	fmt.Println(e6)
	e7 := fmt.Errorf("nil wrap %w", nil)
	fmt.Println(e7, errors.Unwrap(e7) == nil)
	e8 := fmt.Errorf("plain %d", 5)
	fmt.Printf("%v %T\n", e8, e8)
	e9 := fmt.Errorf("%w and %v", ErrBase, CodeErr{1})
	fmt.Println(e9, errors.Is(e9, ErrBase))
	fmt.Println(fmt.Errorf("wrapped code: %w", CodeErr{2}))
	fmt.Printf("%+v %#v\n", ErrBase, CodeErr{3})
}
