package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("disk full")
	fmt.Println("error is", err)
	panic(err)
}
