package main

import (
	"errors"
	"fmt"
)

type TimeoutError struct{ Op string }

func (e *TimeoutError) Error() string { return e.Op + ": timed out" }

func main() {
	wrapped := fmt.Errorf("fetch failed: %w", &TimeoutError{"read"})
	var te *TimeoutError
	fmt.Println(errors.As(wrapped, &te), te.Op)
	done := make(chan bool)
	go func() {
		panic(wrapped)
	}()
	<-done
}
