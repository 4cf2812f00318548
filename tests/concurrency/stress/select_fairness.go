package main

import "fmt"

// select chooses uniformly among ready cases (select.go's random poll order): with four
// channels always ready, 400,000 selects pick each case close to 100,000 times. The measured
// counts are printed only as "fair" or not: each must be within 2% of a quarter (a binomial
// deviation of 1% is already 7 standard deviations).

func main() {
	const rounds = 400000
	var chans [4]chan int
	for i := range chans {
		chans[i] = make(chan int, 1)
		chans[i] <- i
	}
	var counts [4]int
	for r := 0; r < rounds; r++ {
		var k int
		select {
		case k = <-chans[0]:
		case k = <-chans[1]:
		case k = <-chans[2]:
		case k = <-chans[3]:
		}
		counts[k]++
		chans[k] <- k // ready again
	}
	fair := true
	for _, c := range counts {
		if c < rounds/4*98/100 || c > rounds/4*102/100 {
			fair = false
		}
	}
	fmt.Println("selects:", rounds, "fair:", fair)

	// Fairness between goroutines: two senders on one channel; neither is starved. Each must
	// get through 10,000 times well before 10,000,000 receives (FIFO waiters make it about half
	// and half; a fixed count of receives would fail on a loaded machine when one sender's
	// thread is descheduled for a while, in Go as in weft).
	ch := make(chan int)
	stop := make(chan bool)
	for s := 0; s < 2; s++ {
		go func(s int) {
			for {
				select {
				case ch <- s:
				case <-stop:
					return
				}
			}
		}(s)
	}
	var got [2]int
	for i := 0; i < 10000000 && (got[0] < 10000 || got[1] < 10000); i++ {
		got[<-ch]++
	}
	close(stop)
	fmt.Println("both senders served:", got[0] >= 10000 && got[1] >= 10000)
}
