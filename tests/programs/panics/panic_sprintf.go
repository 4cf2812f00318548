package main

import "fmt"

func check(v int) {
	if v > 3 {
		panic(fmt.Sprintf("value %d exceeds limit %d (%q)", v, 3, "cfg"))
	}
	fmt.Println("ok", v)
}

func main() {
	for i := 1; i < 10; i++ {
		check(i)
	}
}
