package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			fmt.Fprintln(os.Stderr, "fatal:", r)
			os.Exit(7)
		}
	}()
	fmt.Println("start")
	var m map[string][]int
	m["k"] = append(m["k"], 1)
}
