package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked Mutex is a fatal error, not a panic: recover cannot stop it.

func main() {
	var mu sync.Mutex
	defer func() { fmt.Println("recovered?", recover()) }()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
