// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in stdlib/LICENSE-Go.

// Package fmt declares the weft standard-library surface of Go's fmt
// package. Bodiless functions are implemented natively by the interpreter.
//
// Omitted: ScanState, Scanner (custom scanners).
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method,
// which defines the “native” format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value. Used by the %#v verb.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)

	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// pp is the State a Format method is given (*fmt.pp, as in Go). The natives make one for
// each call of a Format method (fmt/VmFormat.cpp), through format, and print what it wrote.
type pp struct {
	buf   []byte
	wid   int
	prec  int
	flags int // the ppWidth... bits
}

// pp.flags: whether the width and precision are set, and the flags Flag reports.
const (
	ppWidth = 1 << iota
	ppPrecision
	ppMinus
	ppPlus
	ppSharp
	ppSpace
	ppZero
)

// ppType makes the compiler emit *pp and its methods, which the natives look up by name.
var ppType any = (*pp)(nil)

// format calls arg's Format method (the natives have checked that arg is a Formatter).
func (p *pp) format(arg any, verb rune, wid, prec, flags int) {
	p.wid, p.prec, p.flags = wid, prec, flags
	arg.(Formatter).Format(p, verb)
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.flags&ppWidth != 0 }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.flags&ppPrecision != 0 }

func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.flags&ppMinus != 0
	case '+':
		return p.flags&ppPlus != 0
	case '#':
		return p.flags&ppSharp != 0
	case ' ':
		return p.flags&ppSpace != 0
	case '0':
		return p.flags&ppZero != 0
	}
	return false
}

// Implement Write so we can call Fprintf on a pp (through State), for
// recursive use in custom verbs.
func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// Implement WriteString so that we can call io.WriteString
// on a pp (through state), for efficiency.
func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// FormatString returns a string representing the fully qualified formatting
// directive captured by the State, followed by the argument verb. (State does not
// itself contain the verb.) The result has a leading percent sign followed by any
// flags, the width, and the precision. Missing flags, width, and precision are
// omitted. This function allows a Formatter to reconstruct the original
// directive triggering the call to Format.
func FormatString(state State, verb rune) string {
	var tmp [16]byte // Use a local buffer.
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" { // All known flags
		if state.Flag(int(c)) { // The argument is an int for historical reasons.
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	b = append(b, string(verb)...) // as utf8.AppendRune
	return string(b)
}

// appendInt is strconv.AppendInt(b, int64(n), 10), without importing strconv (whose tables
// every program using fmt would then initialise).
func appendInt(b []byte, n int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}

// Printing.

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error.
//
// If the format specifier includes a %w verb with an error operand,
// the returned error will implement an Unwrap method returning the operand. It is
// invalid to include more than one %w verb or to supply it with an operand
// that does not implement the error interface. The %w verb is otherwise
// a synonym for %v.
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	err, _ := a[w].(error) // errorf accepts %w only for an error operand
	return &wrapError{s, err}
}

// errorf formats like Sprintf, accepting %w for one error operand; w is that
// operand's index in a, or -1.
func errorf(format string, a []any) (s string, w int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Append formats using the default formats for its operands, appends the result to
// the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendf formats according to a format specifier, appends the result to the byte
// slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Appendln formats using the default formats for its operands, appends the result
// to the byte slice, and returns the updated slice.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Scanning: Go's scan.go, native (fmt/Scan.cpp).

func Scan(a ...any) (n int, err error) {
	return scan(nil, "", "", scanFromStdin|scanNewlineIsSpace, a, io.EOF, io.ErrUnexpectedEOF)
}

func Scanln(a ...any) (n int, err error) {
	return scan(nil, "", "", scanFromStdin|scanNewlineEnds, a, io.EOF, io.ErrUnexpectedEOF)
}

func Scanf(format string, a ...any) (n int, err error) {
	return scan(nil, "", format, scanFromStdin|scanFormatted, a, io.EOF, io.ErrUnexpectedEOF)
}

func Sscan(str string, a ...any) (n int, err error) {
	return scan(nil, str, "", scanFromString|scanNewlineIsSpace, a, io.EOF, io.ErrUnexpectedEOF)
}

func Sscanln(str string, a ...any) (n int, err error) {
	return scan(nil, str, "", scanFromString|scanNewlineEnds, a, io.EOF, io.ErrUnexpectedEOF)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return scan(nil, str, format, scanFromString|scanFormatted, a, io.EOF, io.ErrUnexpectedEOF)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return scan(r, "", "", scanNewlineIsSpace, a, io.EOF, io.ErrUnexpectedEOF)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return scan(r, "", "", scanNewlineEnds, a, io.EOF, io.ErrUnexpectedEOF)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return scan(r, "", format, scanFormatted, a, io.EOF, io.ErrUnexpectedEOF)
}

// What scan reads and how (fmt/Scan.h).
const (
	scanNewlineIsSpace = 1 // Scan, Sscan, Fscan
	scanNewlineEnds    = 2 // the ln forms
	scanFormatted      = 4 // the f forms
	scanFromString     = 8 // Sscan*: str; else standard input or r
	scanFromStdin      = 16
)

// scan reads the operands a from str, standard input or r, as mode says. eof and
// unexpectedEOF are the io package's errors, which it returns as they are.
func scan(r io.Reader, str, format string, mode int, a []any, eof, unexpectedEOF error) (n int, err error)
