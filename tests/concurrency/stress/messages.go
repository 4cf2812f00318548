package main

import "fmt"

// 100 goroutines exchange 1,000,000 messages through shared channels: 50 producers send
// 20,000 numbered messages each, round-robin over 4 shared buffered channels and 1 unbuffered
// one, some directly and some through select; 50 consumers receive with select over all five
// until they are closed. The sum and the xor of every message received must be exactly those
// sent: nothing lost, nothing duplicated.

const (
	producers = 50
	consumers = 50
	perProd   = 20000
)

func main() {
	var chans [5]chan uint64
	for i := 0; i < 4; i++ {
		chans[i] = make(chan uint64, 16*(i+1))
	}
	chans[4] = make(chan uint64)
	prodDone := make(chan bool)
	for p := 0; p < producers; p++ {
		go func(p int) {
			for i := 0; i < perProd; i++ {
				msg := uint64(p)*perProd + uint64(i) + 1
				c := chans[(p+i)%5]
				if i%3 == 0 {
					c <- msg
					continue
				}
				// Offer the message on two channels at once; exactly one takes it.
				select {
				case c <- msg:
				case chans[(p+i+1)%5] <- msg:
				}
			}
			prodDone <- true
		}(p)
	}
	type tally struct {
		n        int
		sum, xor uint64
	}
	results := make(chan tally)
	for c := 0; c < consumers; c++ {
		go func() {
			var t tally
			cs := chans
			open := 5
			for open > 0 {
				var v uint64
				var ok bool
				var which int
				select {
				case v, ok = <-cs[0]:
					which = 0
				case v, ok = <-cs[1]:
					which = 1
				case v, ok = <-cs[2]:
					which = 2
				case v, ok = <-cs[3]:
					which = 3
				case v, ok = <-cs[4]:
					which = 4
				}
				if !ok {
					cs[which] = nil // a nil channel's case is never chosen again
					open--
					continue
				}
				t.n++
				t.sum += v
				t.xor ^= v * 0x9e3779b97f4a7c15
			}
			results <- t
		}()
	}
	for p := 0; p < producers; p++ {
		<-prodDone
	}
	for _, c := range chans {
		close(c)
	}
	var total tally
	for c := 0; c < consumers; c++ {
		t := <-results
		total.n += t.n
		total.sum += t.sum
		total.xor ^= t.xor
	}
	var wantSum, wantXor uint64
	for m := uint64(1); m <= producers*perProd; m++ {
		wantSum += m
		wantXor ^= m * 0x9e3779b97f4a7c15
	}
	fmt.Println("messages:", total.n)
	fmt.Println("sum ok:", total.sum == wantSum, "xor ok:", total.xor == wantXor)
}
