package main

import "fmt"

type T struct{ name string }

func (t T) Name() string { return t.name }
func (t *T) Safe() string {
	if t == nil {
		return "nil-safe"
	}
	return t.name
}

func main() {
	var t *T
	fmt.Println(t.Safe())
	fmt.Println(t.Name())
}
