// Errors and panics inside goroutines reported back over channels.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type result struct {
	input string
	value int
	err   error
}

func parseAll(inputs []string) []result {
	out := make(chan result)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(in string) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					out <- result{in, 0, fmt.Errorf("panic: %v", r)}
				}
			}()
			if in == "boom" {
				panic("explicit boom")
			}
			n, err := strconv.Atoi(in)
			if err != nil {
				out <- result{in, 0, err}
				return
			}
			out <- result{in, 100 / n, nil}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].input < rs[j].input })
	return rs
}

func firstError(tasks []func() error) error {
	errc := make(chan error, len(tasks))
	for i, t := range tasks {
		go func(i int, t func() error) {
			if err := t(); err != nil {
				errc <- fmt.Errorf("task %d: %w", i, err)
				return
			}
			errc <- nil
		}(i, t)
	}
	var errs []error
	for range tasks {
		if err := <-errc; err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return errs[0]
}

var errBad = errors.New("bad task")

func main() {
	for _, r := range parseAll([]string{"5", "x", "0", "boom", "25", "-4"}) {
		fmt.Printf("%-5s value=%-4d err=%v\n", r.input, r.value, r.err)
	}
	err := firstError([]func() error{
		func() error { return nil },
		func() error { return errBad },
		func() error { return errors.New("other") },
	})
	fmt.Println(err, errors.Is(err, errBad))
	fmt.Println(firstError([]func() error{func() error { return nil }}))
}
