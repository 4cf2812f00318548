package main

// Values nested 200,000 deep print, compare and hash as in Go (natives recurse on the worker
// thread's large stack).

import (
	"fmt"
	"strings"
)

type node struct {
	next interface{}
}

func main() {
	var v interface{} = 1
	for i := 0; i < 200000; i++ {
		v = []interface{}{v}
	}
	s := fmt.Sprint(v)
	fmt.Println(len(s), strings.Count(s, "["), s[len(s)-5:])
	var a, b interface{} = 1, 1
	for i := 0; i < 100000; i++ {
		a = [1]interface{}{a}
		b = [1]interface{}{b}
	}
	fmt.Println(a == b)
	m := map[interface{}]int{}
	m[a] = 5
	fmt.Println(m[b])
}
