// A String method locks a sync.Mutex that another goroutine holds and releases later: the
// goroutine printing parks inside fmt's call of String and resumes when the lock is free.
package main

import (
	"fmt"
	"sync"
	"time"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return fmt.Sprintf("balance=%d", a.balance)
}

func main() {
	a := &account{balance: 10}
	a.mu.Lock()
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		a.balance = 42
		a.mu.Unlock()
		done <- true
	}()
	fmt.Println("printing:", a) // blocks in String until the goroutine unlocks
	<-done
	fmt.Printf("%v %s\n", a, a)
	s := fmt.Sprint(a)
	fmt.Println(len(s), s)
}
