package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A concurrent bank: accounts guarded by per-account mutexes (locked in a fixed order to
// avoid deadlock), a ledger goroutine that records every transfer through a channel, and
// an auditor that checks the invariant (money is conserved) after each batch.

var ErrInsufficient = errors.New("insufficient funds")
var ErrSameAccount = errors.New("same account")
var ErrUnknown = errors.New("unknown account")

type Account struct {
	mu      sync.Mutex
	id      int
	owner   string
	balance int
}

type Transfer struct {
	From, To int
	Amount   int
	Err      error
}

type Bank struct {
	accounts map[int]*Account
	ledger   chan Transfer
	done     chan struct{}
	records  []Transfer
}

func NewBank(owners []string, initial int) *Bank {
	b := &Bank{accounts: map[int]*Account{}, ledger: make(chan Transfer, 16), done: make(chan struct{})}
	for i, o := range owners {
		b.accounts[i+1] = &Account{id: i + 1, owner: o, balance: initial}
	}
	go b.record()
	return b
}

func (b *Bank) record() {
	for t := range b.ledger {
		b.records = append(b.records, t)
	}
	close(b.done)
}

func (b *Bank) Transfer(from, to, amount int) error {
	err := b.transfer(from, to, amount)
	b.ledger <- Transfer{from, to, amount, err}
	return err
}

func (b *Bank) transfer(from, to, amount int) error {
	if from == to {
		return ErrSameAccount
	}
	a, ok1 := b.accounts[from]
	c, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		return ErrUnknown
	}
	first, second := a, c
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, a.owner, ErrInsufficient)
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

func (b *Bank) Total() int {
	ids := b.ids()
	for _, id := range ids {
		b.accounts[id].mu.Lock()
	}
	t := 0
	for _, id := range ids {
		t += b.accounts[id].balance
	}
	for i := len(ids) - 1; i >= 0; i-- {
		b.accounts[ids[i]].mu.Unlock()
	}
	return t
}

func (b *Bank) ids() []int {
	var ids []int
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

func (b *Bank) Close() []Transfer {
	close(b.ledger)
	<-b.done
	return b.records
}

func (b *Bank) Report() string {
	var sb strings.Builder
	for _, id := range b.ids() {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "  %d %-6s %5d\n", a.id, a.owner, a.balance)
	}
	return sb.String()
}

// lcg gives each client a reproducible stream of pseudo-random numbers.
type lcg uint32

func (l *lcg) next(n int) int {
	*l = *l*1664525 + 1013904223
	return int(uint32(*l)>>8) % n
}

func main() {
	owners := []string{"alice", "bob", "carol", "dave", "erin"}
	bank := NewBank(owners, 1000)
	fmt.Println("initial total:", bank.Total())

	// Batch 1: many clients doing random transfers. Amounts are small enough that
	// no transfer can fail, so every final balance is determined by the transfers alone.
	var wg sync.WaitGroup
	for c := 0; c < 10; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			r := lcg(c + 1)
			for i := 0; i < 100; i++ {
				from := r.next(5) + 1
				to := r.next(5) + 1
				if from == to {
					to = from%5 + 1
				}
				if err := bank.Transfer(from, to, 1); err != nil {
					panic(err)
				}
			}
		}(c)
	}
	wg.Wait()
	fmt.Println("after batch 1 total:", bank.Total())
	fmt.Print(bank.Report())

	// Batch 2: deterministic errors.
	errs := []error{
		bank.Transfer(1, 1, 10),
		bank.Transfer(1, 99, 10),
		bank.Transfer(2, 3, 1000000),
	}
	for _, e := range errs {
		fmt.Println("error:", e, "| insufficient:", errors.Is(e, ErrInsufficient))
	}

	// Batch 3: everyone sends everything they have to account 1, in parallel, one unit at
	// a time until empty; insufficient-funds errors stop each sender.
	for id := 2; id <= 5; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for bank.Transfer(id, 1, 7) == nil {
			}
			for bank.Transfer(id, 1, 1) == nil {
			}
		}(id)
	}
	wg.Wait()
	fmt.Println("after batch 3 total:", bank.Total())
	fmt.Print(bank.Report())

	records := bank.Close()
	ok, failed := 0, 0
	moved := 0
	for _, r := range records {
		if r.Err == nil {
			ok++
			moved += r.Amount
		} else {
			failed++
		}
	}
	fmt.Println("ledger entries:", len(records) == ok+failed, "succeeded >= 1000:", ok >= 1000, "failed >= 11:", failed >= 11)
	fmt.Println("moved into account 1 in batch 3 equals its gain:", bank.accounts[1].balance == 5000)
}
