package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	i := 1
	for {
		fmt.Println(s[i])
		i--
	}
}
