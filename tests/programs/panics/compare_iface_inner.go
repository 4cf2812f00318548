// Comparing interfaces whose dynamic types are comparable structs or arrays that hold an
// interface with an uncomparable dynamic value panics, and the message names the inner
// uncomparable type (weft used to dereference nil here instead).
package main

import "fmt"

type pair struct {
	name string
	v    any
}

type wrap struct {
	p pair
}

func compare(a, b any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func main() {
	fmt.Println(compare(pair{"a", 1}, pair{"a", 1}))
	fmt.Println(compare(pair{"a", 1}, pair{"b", []int{1}}))
	fmt.Println(compare(pair{"a", []int{1}}, pair{"a", []int{1}}))
	fmt.Println(compare(pair{"a", map[string]int{}}, pair{"a", 2}))
	fmt.Println(compare(wrap{pair{"x", func() {}}}, wrap{pair{"x", 3}}))
	fmt.Println(compare([2]any{1, []string{"s"}}, [2]any{1, []string{"s"}}))
	fmt.Println(compare([2]any{1, []string{"s"}}, [2]any{2, []string{"s"}}))
	fmt.Println(compare(pair{"a", []int{1}}, wrap{}))
	var e1, e2 error = errT{[]byte("x")}, errT{[]byte("x")}
	fmt.Println(compare(e1, e2))
}

type errT struct{ b any }

func (errT) Error() string { return "errT" }
