package main

import "fmt"

func main() {
	handlers := map[string]func(){"a": func() { fmt.Println("handler a") }}
	handlers["a"]()
	handlers["b"]()
}
