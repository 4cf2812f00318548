package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after:", r)
			panic(fmt.Errorf("wrapped: %v", r))
		}
	}()
	panic(errors.New("db connection lost"))
}
