package main

import (
	"errors"
	"fmt"
	"io"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

type TempErr struct{ retry int }

func (t TempErr) Error() string   { return fmt.Sprintf("temporary (retry in %ds)", t.retry) }
func (t TempErr) Temporary() bool { return true }

type IsMatcher struct{ code int }

func (m IsMatcher) Error() string { return fmt.Sprint("code ", m.code) }
func (m IsMatcher) Is(target error) bool {
	t, ok := target.(IsMatcher)
	return ok && (t.code == 0 || t.code == m.code)
}

type AsTarget struct{ msg string }

func (a *AsTarget) Error() string { return a.msg }

type Converter struct{}

func (Converter) Error() string { return "converter" }
func (Converter) As(target interface{}) bool {
	if p, ok := target.(**AsTarget); ok {
		*p = &AsTarget{"converted"}
		return true
	}
	return false
}

func main() {
	base := &QueryError{"SELECT 1", ErrPermission}
	wrapped := fmt.Errorf("handler: %w", base)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrPermission), errors.Is(wrapped, io.EOF))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("as QueryError:", qe.Query)
	}
	chain := []error{wrapped}
	for e := errors.Unwrap(wrapped); e != nil; e = errors.Unwrap(e) {
		chain = append(chain, e)
	}
	for i, e := range chain {
		fmt.Printf("%d: %T %v\n", i, e, e)
	}
	t := fmt.Errorf("op failed: %w", TempErr{5})
	var temp interface{ Temporary() bool }
	fmt.Println(errors.As(t, &temp), temp != nil && temp.Temporary())
	var te TempErr
	fmt.Println(errors.As(t, &te), te.retry)
	m := fmt.Errorf("wrap: %w", IsMatcher{404})
	fmt.Println(errors.Is(m, IsMatcher{404}), errors.Is(m, IsMatcher{0}), errors.Is(m, IsMatcher{500}))
	var at *AsTarget
	fmt.Println(errors.As(fmt.Errorf("x: %w", Converter{}), &at), at.msg)
	deep := error(ErrPermission)
	for i := 0; i < 5; i++ {
		deep = fmt.Errorf("layer%d: %w", i, deep)
	}
	fmt.Println(deep)
	fmt.Println(errors.Is(deep, ErrPermission))
}
