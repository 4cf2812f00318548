package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("holding a read lock; taking the write lock")
	rw.Lock()
}
