// examples/embed/worker.go
package main

import (
	"fmt"
	"host"
)

func Square(x int64) int64 { return x * x }

func Start(workers int) {
	for i := 0; i < workers; i++ {
		go func() {
			for j := range host.Jobs {
				host.Results <- fmt.Sprintf("%d squared is %d", j, Square(j))
			}
		}()
	}
}

func main() { fmt.Println(host.Greet("weft"), host.Sum([]int64{1, 2, 3})) }
