// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in stdlib/LICENSE-Go.

// Package errors is weft's errors package: New, Unwrap, Is and Join are Go's
// own code (errors.go and wrap.go of Go 1.19, with Is, As and the
// Unwrap() []error case as of Go 1.20-1.22, and join.go of Go 1.20) run by the
// interpreter. (From Go 1.20 on, As(nil, target) is false before target is
// checked; Go 1.19 panics first for a bad target.)
//
// As is Go's code over two natives for its reflection (asTargetCheck and
// asAssign: assignability of err's dynamic type to *target's type, and setting
// *target).
//
// Is needs reflectlite.TypeOf(target).Comparable() in Go; weft has no
// reflection, so isComparable below asks whether target == target panics.
// The two agree except for a comparable struct or array type holding an
// interface whose dynamic value is not comparable: Go calls the type
// comparable (and err == target may then panic), weft treats it as not
// comparable.
package errors

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported indicates that a requested operation cannot be performed,
// because it is unsupported. (Go 1.21)
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
//
// Unwrap only calls a method of the form "Unwrap() error".
// In particular Unwrap does not unwrap errors returned by Join.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target.
//
// The tree consists of err itself, followed by the errors obtained by repeatedly
// calling its Unwrap() error or Unwrap() []error method. When err wraps multiple
// errors, Is examines err followed by a depth-first traversal of its children.
//
// An error is considered to match a target if it is equal to that target or if
// it implements a method Is(error) bool such that Is(target) returns true.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}

	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// isComparable stands in for reflectlite.TypeOf(target).Comparable(): comparing
// an interface value with itself panics exactly when its dynamic type is not
// comparable (the result of the comparison, false for NaN, does not matter).
func isComparable(target error) (ok bool) {
	defer func() {
		recover()
	}()
	_ = target == target
	return true
}

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true.
//
// The tree consists of err itself, followed by the errors obtained by repeatedly
// calling its Unwrap() error or Unwrap() []error method. When err wraps multiple
// errors, As examines err followed by a depth-first traversal of its children.
//
// An error matches target if the error's concrete value is assignable to the value
// pointed to by target, or if the error has a method As(interface{}) bool such that
// As(target) returns true. In the latter case, the As method is responsible for
// setting target.
//
// As panics if target is not a non-nil pointer to either a type that implements
// error, or to any interface type.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTargetCheck(target) {
	case asTargetNotPointer:
		panic("errors: target must be a non-nil pointer")
	case asTargetNotError:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asAssign(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Results of asTargetCheck.
const (
	asTargetOK = iota
	asTargetNotPointer
	asTargetNotError
)

// asTargetCheck is the reflection As does on target before searching: whether
// target (not nil) is a non-nil pointer to an interface type or to a type that
// implements error. Native.
func asTargetCheck(target any) int

// asAssign stands in for reflectlite's
// TypeOf(err).AssignableTo(targetType) and targetVal.Elem().Set(ValueOf(err)):
// if err's dynamic type is assignable to the type target points to, it stores
// err there (converted to that type) and reports true. Native.
func asAssign(err error, target any) bool

// Join returns an error that wraps the given errors.
// Any nil error values are discarded.
// Join returns nil if every value in errs is nil.
// The error formats as the concatenation of the strings obtained
// by calling the Error method of each element of errs, with a newline
// between each string.
//
// A non-nil error returned by Join implements the Unwrap() []error method.
// (Go 1.20)
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{joinErrs{
		errs: make([]error, 0, n),
	}}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

// joinError's Unwrap() []error is promoted from the embedded joinErrs: Go 1.19's
// vet (stdmethods) insists that an error type's Unwrap return error, which
// verify_with_go.sh runs, and it only looks at methods declared on error types.
type joinError struct {
	joinErrs
}

type joinErrs struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinErrs) Unwrap() []error {
	return e.errs
}
