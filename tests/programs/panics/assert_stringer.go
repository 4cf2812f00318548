package main

import "fmt"

func main() {
	var x interface{} = 42
	if _, ok := x.(fmt.Stringer); !ok {
		fmt.Println("not a Stringer")
	}
	s := x.(fmt.Stringer)
	fmt.Println(s)
}
