// Package context declares the weft standard-library surface of Go's context
// package. Bodiless functions are implemented natively by the interpreter.
//
// Omitted: the Go 1.20/1.21 additions (WithCancelCause, Cause, AfterFunc,
// WithoutCancel, WithDeadlineCause, WithTimeoutCause).
package context

import "time"

// A Context carries a deadline, a cancellation signal, and other values across
// API boundaries.
type Context interface {
	// Deadline returns the time when work done on behalf of this context
	// should be canceled. Deadline returns ok==false when no deadline is
	// set.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel that's closed when work done on behalf of this
	// context should be canceled.
	Done() <-chan struct{}

	// If Done is not yet closed, Err returns nil.
	// If Done is closed, Err returns a non-nil error explaining why.
	Err() error

	// Value returns the value associated with this context for key, or nil
	// if no value is associated with key.
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled error

// DeadlineExceeded is the error returned by Context.Err when the context's
// deadline passes.
var DeadlineExceeded error

// A CancelFunc tells an operation to abandon its work.
type CancelFunc func()

// Background returns a non-nil, empty Context. It is never canceled, has no
// values, and has no deadline.
func Background() Context

// TODO returns a non-nil, empty Context.
func TODO() Context

// WithCancel returns a copy of parent with a new Done channel.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)

// WithDeadline returns a copy of the parent context with the deadline adjusted
// to be no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)

// WithValue returns a copy of parent in which the value associated with key is
// val.
func WithValue(parent Context, key, val any) Context
