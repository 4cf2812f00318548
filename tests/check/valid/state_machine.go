// State machines: a table-driven vending machine with typed states and
// events, plus a goroutine-driven traffic light.
package main

import (
	"fmt"
	"strings"
)

type State int
type Event int

const (
	Idle State = iota
	HasCoin
	Vending
	OutOfStock
)

const (
	Coin Event = iota
	Select
	Refund
	Restock
	Done
)

func (s State) String() string {
	return [...]string{"Idle", "HasCoin", "Vending", "OutOfStock"}[s]
}
func (e Event) String() string {
	return [...]string{"coin", "select", "refund", "restock", "done"}[e]
}

type key struct {
	s State
	e Event
}

type Machine struct {
	state   State
	stock   int
	credit  int
	log     []string
	actions map[key]func() State
}

func NewMachine(stock int) *Machine {
	m := &Machine{stock: stock}
	m.actions = map[key]func() State{
		{Idle, Coin}: func() State { m.credit++; return HasCoin },
		{HasCoin, Coin}: func() State {
			m.credit++
			return HasCoin
		},
		{HasCoin, Refund}: func() State {
			m.log = append(m.log, fmt.Sprintf("refund %d", m.credit))
			m.credit = 0
			return Idle
		},
		{HasCoin, Select}: func() State {
			m.credit--
			m.stock--
			return Vending
		},
		{Vending, Done}: func() State {
			switch {
			case m.stock == 0:
				return OutOfStock
			case m.credit > 0:
				return HasCoin
			}
			return Idle
		},
		{OutOfStock, Restock}: func() State { m.stock = 2; return Idle },
		{OutOfStock, Coin}: func() State {
			m.log = append(m.log, "coin returned")
			return OutOfStock
		},
	}
	return m
}

func (m *Machine) Fire(e Event) {
	act, ok := m.actions[key{m.state, e}]
	if !ok {
		m.log = append(m.log, fmt.Sprintf("ignored %v in %v", e, m.state))
		return
	}
	from := m.state
	m.state = act()
	m.log = append(m.log, fmt.Sprintf("%v --%v--> %v", from, e, m.state))
}

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string { return [...]string{"red", "green", "yellow"}[l] }

func trafficLight(ticks int) <-chan Light {
	out := make(chan Light)
	go func() {
		defer close(out)
		l := Red
		durations := map[Light]int{Red: 3, Green: 2, Yellow: 1}
		remaining := durations[l]
		for t := 0; t < ticks; t++ {
			out <- l
			remaining--
			if remaining == 0 {
				l = (l + 1) % 3
				remaining = durations[l]
			}
		}
	}()
	return out
}

func main() {
	m := NewMachine(1)
	for _, e := range []Event{Select, Coin, Coin, Select, Done, Select, Refund, Coin, Restock, Coin, Select, Done} {
		m.Fire(e)
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Println("final:", m.state, "stock:", m.stock, "credit:", m.credit)
	var seq []string
	for l := range trafficLight(12) {
		seq = append(seq, l.String()[:1])
	}
	fmt.Println(strings.Join(seq, ""))
}
