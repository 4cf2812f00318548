// Errors: errors.New, fmt.Errorf %w, errors.Is/As/Unwrap, custom error types.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempError int

func (t TempError) Error() string   { return "temporary error " + strconv.Itoa(int(t)) }
func (t TempError) Temporary() bool { return true }

func find(key string) error {
	switch key {
	case "missing":
		return &QueryError{key, ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup %s: %w", key, ErrPermission)
	case "flaky":
		return fmt.Errorf("wrapped twice: %w", fmt.Errorf("once: %w", TempError(3)))
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "flaky"} {
		err := find(k)
		fmt.Printf("%-8s err=%v\n", k, err)
		if err == nil {
			continue
		}
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is Permission:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query error for", qe.Query)
		}
		var te TempError
		if errors.As(err, &te) {
			fmt.Println("  temp:", te.Temporary(), int(te))
		}
		var tmp interface{ Temporary() bool }
		fmt.Println("  has Temporary:", errors.As(err, &tmp))
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e1))
	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	wrapped := fmt.Errorf("ctx: %v", ErrNotFound) // %v does not wrap
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
}
