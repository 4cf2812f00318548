package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s (code %d)", v.Field, v.Code)
}

func main() {
	panic(ValidationError{"email", 17})
}
