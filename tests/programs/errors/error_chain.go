package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Op struct {
	Name string
	Err  error
}

func (o *Op) Error() string { return o.Name + ": " + o.Err.Error() }
func (o *Op) Unwrap() error { return o.Err }

func parseAll(in []string) ([]int, error) {
	var out []int
	for i, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			return out, &Op{fmt.Sprintf("item %d", i), err}
		}
		out = append(out, n)
	}
	return out, nil
}

func load(name string, in []string) (sum int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("load %s: %w", name, err)
		}
	}()
	nums, err := parseAll(in)
	if err != nil {
		return 0, err
	}
	for _, n := range nums {
		sum += n
	}
	return sum, nil
}

func main() {
	s, err := load("good", []string{"1", "2", "3"})
	fmt.Println(s, err)
	s, err = load("bad", []string{"1", "two", "3"})
	fmt.Println(s, err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Num, numErr.Func)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var op *Op
	fmt.Println(errors.As(err, &op), op.Name)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%d: %T\n", depth, e)
		depth++
	}
	_, err = load("range", []string{"99999999999999999999"})
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
}
