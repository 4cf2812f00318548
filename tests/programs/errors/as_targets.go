package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return "ptr " + e.msg }

type bigErr struct {
	a, b, c int
	name    string
}

func (e bigErr) Error() string { return fmt.Sprint("big ", e.a, e.b, e.c, e.name) }

type strErr string

func (e strErr) Error() string { return string(e) }

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

// asCode matches *codeErr targets through its As method.
type asCode struct{}

func (asCode) Error() string { return "asCode" }
func (asCode) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{42}
		return true
	}
	return false
}

type timeout interface{ Timeout() bool }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	chain := fmt.Errorf("outer: %w", &wrapper{"mid", codeErr{7}})
	var ce codeErr
	fmt.Println(errors.As(chain, &ce), ce.code)
	var pe *ptrErr
	fmt.Println(errors.As(chain, &pe), pe == nil)
	p := &ptrErr{"x"}
	fmt.Println(errors.As(fmt.Errorf("w: %w", p), &pe), pe == p, pe)
	var be bigErr
	fmt.Println(errors.As(&wrapper{"w", bigErr{1, 2, 3, "four"}}, &be), be)
	var se strErr
	fmt.Println(errors.As(fmt.Errorf("%w", strErr("strerr")), &se), se)

	// Interface targets: error, a method set the error may lack, any.
	var e error
	var target any = &e // (vet frowns on a *error target, which works)
	fmt.Println(errors.As(chain, target), e == chain)
	var w interface{ Unwrap() error }
	fmt.Println(errors.As(codeErr{1}, &w), w == nil)
	fmt.Println(errors.As(chain, &w), w != nil)
	var to timeout
	fmt.Println(errors.As(chain, &to), to == nil)
	var a any
	fmt.Println(errors.As(codeErr{3}, &a), a)

	// The As method; trees.
	fmt.Println(errors.As(&wrapper{"w", asCode{}}, &ce), ce.code)
	// (Trees, Unwrap() []error, are Go 1.20's: verify_ports_with_go.sh checks them.)
	fmt.Println(errors.As(nil, &ce))
	var pathErr *os.PathError
	_, err := os.Open("nosuch")
	fmt.Println(errors.As(fmt.Errorf("load: %w", err), &pathErr), pathErr.Op, pathErr.Path, pathErr.Err)

	// Bad targets panic as in Go (passed as any, which vet cannot see through).
	n := 0
	var pe2 ptrErr
	for _, t := range []struct {
		name   string
		target any
	}{{"nil", nil}, {"non-pointer", ce}, {"nil pointer", (*codeErr)(nil)}, {"*int", &n},
		{"*struct", &struct{ x int }{}}, {"*ptrErr value", &pe2}} {
		try(t.name, func() { errors.As(io.EOF, t.target) })
	}
}
