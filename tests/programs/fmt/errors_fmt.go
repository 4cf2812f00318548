package main

import (
	"errors"
	"fmt"
)

type DetailErr struct {
	Op   string
	Code int
}

func (d *DetailErr) Error() string { return fmt.Sprintf("%s failed with %d", d.Op, d.Code) }

type ValErr struct{ msg string }

func (v ValErr) Error() string { return v.msg }

func main() {
	errs := []error{
		errors.New("plain"),
		fmt.Errorf("formatted %d", 1),
		fmt.Errorf("wrapped: %w", errors.New("inner")),
		&DetailErr{"read", 5},
		ValErr{"value err"},
		nil,
	}
	for _, e := range errs {
		fmt.Printf("%v|%s|%q|%+v|%T\n", e, e, e, e, e)
	}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	fmt.Printf("%10v|%-12v|\n", errs[0], errs[4])
	fmt.Printf("%#v\n", ValErr{"x"})
	fmt.Printf("%x %X\n", errs[0], errs[4])
	type wrapper struct {
		Err error
		err error
	}
	fmt.Printf("%v %+v\n", wrapper{Err: ValErr{"pub"}}, wrapper{Err: errs[0]})
	e := fmt.Errorf("ctx: %w", &DetailErr{"write", 9})
	fmt.Println(e)
	fmt.Println(fmt.Sprint(e, e))
}
