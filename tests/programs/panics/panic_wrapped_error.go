package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

func main() {
	panic(fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", ErrBase)))
}
