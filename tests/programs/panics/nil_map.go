package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string) { r.items[k]++ }

func main() {
	r := &Registry{}
	fmt.Println(r.items["x"], len(r.items))
	r.Add("x")
}
