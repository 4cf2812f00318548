package main

import "fmt"

var registry = map[string]shape{}
var order []string

func register(name string, s shape) {
	registry[name] = s
	order = append(order, name)
}

func init() {
	fmt.Println("init registry.go 1")
	register("square", square{3})
}

func init() {
	fmt.Println("init registry.go 2")
	register("circle", circle{1})
}
