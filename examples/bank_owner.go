// "Do not communicate by sharing memory; share memory by communicating."
// The balances belong to one goroutine. Everyone else sends it requests on channels,
// so no mutex is needed: only the owner ever touches the map.
package main

import (
	"fmt"
	"sync"
)

type deposit struct {
	account string
	amount  int
}

type query struct {
	account string
	reply   chan int
}

func bank(deposits <-chan deposit, queries <-chan query) {
	balances := map[string]int{} // owned by this goroutine alone
	for {
		select {
		case d := <-deposits:
			balances[d.account] += d.amount
		case q := <-queries:
			q.reply <- balances[q.account]
		}
	}
}

func main() {
	deposits := make(chan deposit)
	queries := make(chan query)
	go bank(deposits, queries)

	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			deposits <- deposit{"alice", i}
			deposits <- deposit{"bob", 2 * i}
		}(i)
	}
	wg.Wait() // every deposit has been received by the bank

	for _, name := range []string{"alice", "bob", "carol"} {
		reply := make(chan int)
		queries <- query{name, reply}
		fmt.Printf("%s: %d\n", name, <-reply)
	}
}
