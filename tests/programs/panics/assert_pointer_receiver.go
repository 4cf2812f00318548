package main

import "fmt"

type Counter interface{ Inc() }
type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var a interface{} = &C{}
	a.(Counter).Inc()
	fmt.Println("pointer ok")
	var b interface{} = C{}
	b.(Counter).Inc()
}
