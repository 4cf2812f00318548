package main

// fmt.Errorf's %w with a Formatter operand: an error that is also a Formatter is wrapped and
// formatted by Format with the verb 'v'; a Formatter that is not an error is %!w.

import (
	"errors"
	"fmt"
)

type FmtErr struct{ code int }

func (e *FmtErr) Error() string { return fmt.Sprintf("code %d", e.code) }
func (e *FmtErr) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('+') {
		fmt.Fprintf(f, "FmtErr{code: %d}", e.code)
		return
	}
	fmt.Fprintf(f, "fmt-err(%c) %d", verb, e.code)
}

type OnlyFormat struct{}

func (OnlyFormat) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "only(%c)", verb) }

func main() {
	base := &FmtErr{7}
	err := fmt.Errorf("wrapped: %w", base)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == base, errors.Is(err, base))
	var target *FmtErr
	fmt.Println(errors.As(err, &target), target.code)

	fmt.Println(fmt.Errorf("plus: %+w", base))
	fmt.Println(fmt.Errorf("verbs: %v %s %d", base, base, base))
	err2 := fmt.Errorf("no error: %w", OnlyFormat{})
	fmt.Println(err2, errors.Unwrap(err2) == nil)
	fmt.Println(fmt.Sprintf("sprintf: %w", base))
	fmt.Printf("%v|%+v|%s\n", base, base, base)
	outer := fmt.Errorf("outer: %w", err)
	fmt.Println(outer, errors.Unwrap(errors.Unwrap(outer)) == base)
}
