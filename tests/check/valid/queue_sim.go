// A discrete-event simulation of a bank queue with multiple tellers, driven
// by a deterministic linear congruential generator.
package main

import (
	"fmt"
	"sort"
)

type LCG struct{ state uint32 }

func (l *LCG) Next() uint32 {
	l.state = l.state*1664525 + 1013904223
	return l.state
}

func (l *LCG) Intn(n int) int { return int(l.Next()>>8) % n }

type Customer struct {
	ID      int
	Arrive  int
	Service int
	Start   int
	Teller  int
}

type Event struct {
	Time int
	Kind string
	Cust int
}

func simulate(numTellers, numCustomers int, seed uint32) ([]Customer, []Event) {
	rng := &LCG{seed}
	customers := make([]Customer, numCustomers)
	t := 0
	for i := range customers {
		t += 1 + rng.Intn(4)
		customers[i] = Customer{ID: i + 1, Arrive: t, Service: 2 + rng.Intn(7)}
	}
	free := make([]int, numTellers) // time at which each teller becomes free
	var events []Event
	for i := range customers {
		c := &customers[i]
		best := 0
		for k := 1; k < numTellers; k++ {
			if free[k] < free[best] {
				best = k
			}
		}
		c.Start = c.Arrive
		if free[best] > c.Start {
			c.Start = free[best]
		}
		c.Teller = best + 1
		free[best] = c.Start + c.Service
		events = append(events, Event{c.Arrive, "arrive", c.ID}, Event{c.Start, "start", c.ID}, Event{free[best], "leave", c.ID})
	}
	order := map[string]int{"leave": 0, "arrive": 1, "start": 2}
	sort.SliceStable(events, func(i, j int) bool {
		if events[i].Time != events[j].Time {
			return events[i].Time < events[j].Time
		}
		return order[events[i].Kind] < order[events[j].Kind]
	})
	return customers, events
}

func main() {
	for _, tellers := range []int{1, 2, 3} {
		cs, events := simulate(tellers, 12, 2024)
		totalWait, maxWait, busy := 0, 0, 0
		for _, c := range cs {
			w := c.Start - c.Arrive
			totalWait += w
			if w > maxWait {
				maxWait = w
			}
			busy += c.Service
		}
		end := events[len(events)-1].Time
		fmt.Printf("tellers=%d avg wait=%.2f max wait=%d end=%d utilization=%.1f%%\n",
			tellers, float64(totalWait)/float64(len(cs)), maxWait, end, 100*float64(busy)/float64(end*tellers))
		if tellers == 2 {
			for _, c := range cs[:5] {
				fmt.Printf("  customer %2d arrives %2d starts %2d at teller %d for %d\n", c.ID, c.Arrive, c.Start, c.Teller, c.Service)
			}
			for _, e := range events[:8] {
				fmt.Printf("  t=%2d %-6s #%d\n", e.Time, e.Kind, e.Cust)
			}
		}
	}
}
