package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Col  int
	Msg  string
}

func (p ParseError) Error() string {
	return fmt.Sprintf("%d:%d: %s", p.Line, p.Col, p.Msg)
}

type MultiError []error

func (m MultiError) Error() string {
	s := fmt.Sprintf("%d errors:", len(m))
	for _, e := range m {
		s += " [" + e.Error() + "]"
	}
	return s
}

func validate(fields map[string]string) error {
	var errs MultiError
	keys := []string{"age", "name", "zip"}
	for _, k := range keys {
		v := fields[k]
		switch k {
		case "age":
			if n, err := strconv.Atoi(v); err != nil {
				errs = append(errs, fmt.Errorf("age: %w", err))
			} else if n < 0 {
				errs = append(errs, errors.New("age: negative"))
			}
		case "name":
			if v == "" {
				errs = append(errs, errors.New("name: empty"))
			}
		case "zip":
			if len(v) != 5 {
				errs = append(errs, ParseError{1, len(v), "zip length"})
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

type Errno int

func (e Errno) Error() string { return "errno " + strconv.Itoa(int(e)) }

const (
	ENOENT Errno = 2
	EACCES Errno = 13
)

func main() {
	fmt.Println(validate(map[string]string{"age": "30", "name": "x", "zip": "12345"}))
	fmt.Println(validate(map[string]string{"age": "abc", "zip": "1"}))
	fmt.Println(validate(map[string]string{"age": "-3", "name": "n", "zip": "123456"}))
	err := validate(map[string]string{"age": "1"})
	if me, ok := err.(MultiError); ok {
		fmt.Println(len(me))
		for _, e := range me {
			var pe ParseError
			if errors.As(e, &pe) {
				fmt.Println("parse error at col", pe.Col)
			}
		}
	}
	var e error = ENOENT
	fmt.Println(e, e == ENOENT, e == EACCES, errors.Is(fmt.Errorf("open: %w", e), ENOENT))
	fmt.Printf("%v %d %T\n", EACCES, EACCES, EACCES)
}
