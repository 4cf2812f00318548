// Waiting on a context that nothing can cancel is a deadlock: main blocks on Done of a
// WithCancel context whose cancel function is only deferred, and no goroutine or timer is
// left to run (Go's "all goroutines are asleep", exit 2).
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	child := context.WithValue(ctx, "k", 1)
	fmt.Println("waiting on", child)
	<-child.Done()
	fmt.Println("unreachable")
}
