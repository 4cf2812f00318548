// A bank simulation: accounts protected by mutexes, concurrent transfers by
// many goroutines with deterministic outcomes, a ledger fed through a channel,
// error handling for overdrafts, and a final audit.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrSameAccount  = errors.New("transfer to same account")
)

type Account struct {
	mu      sync.Mutex
	ID      int
	Owner   string
	balance int64
	history []string
}

func (a *Account) Deposit(amount int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%d", amount))
}

func (a *Account) Withdraw(amount int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.Owner, ErrInsufficient)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Entry struct {
	From, To int
	Amount   int64
	OK       bool
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[int]*Account
	nextID   int
	ledger   chan Entry
}

func NewBank() *Bank {
	return &Bank{accounts: map[int]*Account{}, nextID: 1, ledger: make(chan Entry, 64)}
}

func (b *Bank) Open(owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{ID: b.nextID, Owner: owner, balance: initial}
	b.accounts[a.ID] = a
	b.nextID++
	return a
}

func (b *Bank) Get(id int) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d: %w", id, ErrNoAccount)
	}
	return a, nil
}

// Transfer locks both accounts in ID order to avoid deadlock.
func (b *Bank) Transfer(from, to int, amount int64) (err error) {
	defer func() {
		b.ledger <- Entry{from, to, amount, err == nil}
	}()
	if from == to {
		return ErrSameAccount
	}
	src, err := b.Get(from)
	if err != nil {
		return err
	}
	dst, err := b.Get(to)
	if err != nil {
		return err
	}
	first, second := src, dst
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, src.Owner, ErrInsufficient)
	}
	src.balance -= amount
	dst.balance += amount
	return nil
}

func (b *Bank) Total() int64 {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var t int64
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return t
}

func (b *Bank) Report() string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var sb strings.Builder
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "  #%d %-6s %6d\n", a.ID, a.Owner, a.Balance())
	}
	return sb.String()
}

func main() {
	bank := NewBank()
	names := []string{"alice", "bob", "carol", "dave"}
	for _, n := range names {
		bank.Open(n, 1000)
	}
	fmt.Print("opening balances:\n", bank.Report())

	var ledgerWG sync.WaitGroup
	ledgerWG.Add(1)
	var okCount, failCount int
	var moved int64
	go func() {
		defer ledgerWG.Done()
		for e := range bank.ledger {
			if e.OK {
				okCount++
				moved += e.Amount
			} else {
				failCount++
			}
		}
	}()

	// Ring transfers: every account sends 1 unit to the next, 250 times, in
	// parallel. Balances are unchanged at the end and no transfer can fail.
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(from int) {
			defer wg.Done()
			to := from%4 + 1
			for k := 0; k < 250; k++ {
				if err := bank.Transfer(from, to, 1); err != nil {
					fmt.Println("unexpected:", err)
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Print("after ring transfers:\n", bank.Report())
	fmt.Println("total:", bank.Total())

	// Concurrent deposits and withdrawals on one account.
	acct, _ := bank.Get(1)
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); acct.Deposit(10) }()
		go func() { defer wg.Done(); _ = acct.Withdraw(5) }()
	}
	wg.Wait()
	fmt.Println("alice after deposits/withdrawals:", acct.Balance(), len(acct.history))

	// Sequential error cases.
	errs := []error{
		bank.Transfer(2, 3, 5000),
		bank.Transfer(2, 2, 1),
		bank.Transfer(2, 99, 1),
		bank.Transfer(3, 4, 1000),
		bank.Transfer(3, 4, 1),
	}
	for i, err := range errs {
		fmt.Printf("case %d: err=%v insufficient=%v noaccount=%v\n", i, err,
			errors.Is(err, ErrInsufficient), errors.Is(err, ErrNoAccount))
	}
	if err := acct.Withdraw(1 << 20); err != nil {
		fmt.Println(err)
	}
	close(bank.ledger)
	ledgerWG.Wait()
	fmt.Println("ledger ok:", okCount, "failed:", failCount, "moved:", moved)
	fmt.Print("final balances:\n", bank.Report())
	fmt.Println("final total:", bank.Total())
}
