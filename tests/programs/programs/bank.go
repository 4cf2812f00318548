// A bank ledger: accounts with an explicit state machine, transactions
// applied through an interface, double-entry checks, rollback on failure,
// interest with integer rounding, statements and an audit trail.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := fmt.Sprintf("%d.%02d", m/100, m%100)
	// thousands separators
	intPart, frac := s[:len(s)-3], s[len(s)-3:]
	var groups []string
	for len(intPart) > 3 {
		groups = append([]string{intPart[len(intPart)-3:]}, groups...)
		intPart = intPart[:len(intPart)-3]
	}
	groups = append([]string{intPart}, groups...)
	s = strings.Join(groups, ",") + frac
	if neg {
		return "-$" + s
	}
	return "$" + s
}

type State int

const (
	Pending State = iota
	Active
	Frozen
	Closed
)

var stateNames = [...]string{"Pending", "Active", "Frozen", "Closed"}

func (s State) String() string { return stateNames[s] }

var transitions = map[State][]State{
	Pending: {Active, Closed},
	Active:  {Frozen, Closed},
	Frozen:  {Active, Closed},
	Closed:  {},
}

type Account struct {
	ID        string
	Owner     string
	Balance   Money
	State     State
	Overdraft Money
	History   []string
}

var (
	ErrNotActive    = errors.New("account not active")
	ErrFunds        = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrBadAmount    = errors.New("amount must be positive")
	ErrBadTransfer  = errors.New("invalid state transition")
	ErrNonZeroClose = errors.New("cannot close account with non-zero balance")
)

type TxError struct {
	TxID int
	Op   string
	Err  error
}

func (e *TxError) Error() string { return fmt.Sprintf("tx %d (%s): %v", e.TxID, e.Op, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

func (a *Account) SetState(to State) error {
	for _, allowed := range transitions[a.State] {
		if allowed == to {
			if to == Closed && a.Balance != 0 {
				return ErrNonZeroClose
			}
			a.History = append(a.History, fmt.Sprintf("state %v->%v", a.State, to))
			a.State = to
			return nil
		}
	}
	return fmt.Errorf("%v -> %v: %w", a.State, to, ErrBadTransfer)
}

type Bank struct {
	accounts map[string]*Account
	nextTx   int
	audit    []string
	reserves Money
}

type Tx interface {
	Apply(b *Bank) error
	Describe() string
}

type Deposit struct {
	To     string
	Amount Money
}

type Withdraw struct {
	From   string
	Amount Money
}

type Transfer struct {
	From, To string
	Amount   Money
}

type Batch []Tx

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%q: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (d Deposit) Apply(b *Bank) error {
	if d.Amount <= 0 {
		return ErrBadAmount
	}
	a, err := b.get(d.To)
	if err != nil {
		return err
	}
	if a.State != Active {
		return fmt.Errorf("%s is %v: %w", a.ID, a.State, ErrNotActive)
	}
	a.Balance += d.Amount
	b.reserves += d.Amount
	a.History = append(a.History, "deposit "+d.Amount.String())
	return nil
}
func (d Deposit) Describe() string { return fmt.Sprintf("deposit %v to %s", d.Amount, d.To) }

func (w Withdraw) Apply(b *Bank) error {
	if w.Amount <= 0 {
		return ErrBadAmount
	}
	a, err := b.get(w.From)
	if err != nil {
		return err
	}
	if a.State != Active {
		return fmt.Errorf("%s is %v: %w", a.ID, a.State, ErrNotActive)
	}
	if a.Balance-w.Amount < -a.Overdraft {
		return fmt.Errorf("%s has %v, needs %v: %w", a.ID, a.Balance, w.Amount, ErrFunds)
	}
	a.Balance -= w.Amount
	b.reserves -= w.Amount
	a.History = append(a.History, "withdraw "+w.Amount.String())
	return nil
}
func (w Withdraw) Describe() string { return fmt.Sprintf("withdraw %v from %s", w.Amount, w.From) }

func (t Transfer) Apply(b *Bank) error {
	if err := (Withdraw{t.From, t.Amount}).Apply(b); err != nil {
		return err
	}
	if err := (Deposit{t.To, t.Amount}).Apply(b); err != nil {
		// roll back the withdrawal
		a := b.accounts[t.From]
		a.Balance += t.Amount
		b.reserves += t.Amount
		a.History = append(a.History, "rollback "+t.Amount.String())
		return fmt.Errorf("transfer rolled back: %w", err)
	}
	return nil
}
func (t Transfer) Describe() string {
	return fmt.Sprintf("transfer %v %s->%s", t.Amount, t.From, t.To)
}

// A batch is all-or-nothing: snapshot balances and restore on failure.
func (bt Batch) Apply(b *Bank) error {
	snap := map[string]Money{}
	hist := map[string]int{}
	for id, a := range b.accounts {
		snap[id] = a.Balance
		hist[id] = len(a.History)
	}
	reserves := b.reserves
	for i, tx := range bt {
		if err := tx.Apply(b); err != nil {
			for id, a := range b.accounts {
				a.Balance = snap[id]
				a.History = a.History[:hist[id]]
			}
			b.reserves = reserves
			return fmt.Errorf("batch step %d (%s): %w", i+1, tx.Describe(), err)
		}
	}
	return nil
}
func (bt Batch) Describe() string { return fmt.Sprintf("batch of %d", len(bt)) }

func (b *Bank) Submit(tx Tx) error {
	b.nextTx++
	err := tx.Apply(b)
	status := "ok"
	if err != nil {
		err = &TxError{b.nextTx, tx.Describe(), err}
		status = "FAILED"
	}
	b.audit = append(b.audit, fmt.Sprintf("#%02d %-36s %s", b.nextTx, tx.Describe(), status))
	return err
}

func (b *Bank) Open(id, owner string, overdraft Money) *Account {
	a := &Account{ID: id, Owner: owner, Overdraft: overdraft}
	b.accounts[id] = a
	return a
}

// Interest in basis points, rounded half away from zero, only on positive balances.
func (b *Bank) AccrueInterest(bps int64) {
	for _, id := range b.IDs() {
		a := b.accounts[id]
		if a.State != Active || a.Balance <= 0 {
			continue
		}
		i := (int64(a.Balance)*bps + 5000) / 10000
		a.Balance += Money(i)
		b.reserves += Money(i)
		a.History = append(a.History, "interest "+Money(i).String())
	}
}

func (b *Bank) IDs() []string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func (b *Bank) Check() bool {
	var sum Money
	for _, a := range b.accounts {
		sum += a.Balance
	}
	return sum == b.reserves
}

func report(err error) {
	if err == nil {
		return
	}
	var te *TxError
	kinds := []string{}
	for _, k := range []struct {
		name string
		e    error
	}{{"funds", ErrFunds}, {"inactive", ErrNotActive}, {"missing", ErrNoAccount}, {"amount", ErrBadAmount}} {
		if errors.Is(err, k.e) {
			kinds = append(kinds, k.name)
		}
	}
	if errors.As(err, &te) {
		fmt.Printf("  error in tx %d: %v %v\n", te.TxID, err, kinds)
	}
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	alice := b.Open("A-1", "Alice", 0)
	bob := b.Open("B-2", "Bob", 50000)
	carol := b.Open("C-3", "Carol", 0)
	for _, a := range []*Account{alice, bob, carol} {
		fmt.Println(a.ID, a.SetState(Active))
	}
	fmt.Println("reactivate:", alice.SetState(Pending))

	txs := []Tx{
		Deposit{"A-1", 1000000},
		Deposit{"B-2", 2500},
		Withdraw{"A-1", 123456},
		Transfer{"A-1", "C-3", 250075},
		Withdraw{"B-2", 60000},
		Withdraw{"B-2", 40000},
		Deposit{"Z-9", 100},
		Deposit{"C-3", -5},
		Batch{Deposit{"C-3", 1000}, Transfer{"C-3", "B-2", 5000}, Withdraw{"A-1", 99999999}},
		Batch{Deposit{"C-3", 1000}, Transfer{"C-3", "B-2", 5000}},
	}
	for _, tx := range txs {
		report(b.Submit(tx))
	}
	fmt.Println("freeze carol:", carol.SetState(Frozen))
	report(b.Submit(Transfer{"A-1", "C-3", 100}))
	report(b.Submit(Deposit{"C-3", 100}))
	fmt.Println("unfreeze carol:", carol.SetState(Active))
	b.AccrueInterest(125)
	fmt.Println("close bob:", bob.SetState(Closed))
	fmt.Println("ledger balanced:", b.Check())

	fmt.Println("\nAudit trail:")
	for _, line := range b.audit {
		fmt.Println(" ", line)
	}
	fmt.Println("\nStatements:")
	for _, id := range b.IDs() {
		a := b.accounts[id]
		fmt.Printf("%s %-6s %-7v %14v\n", a.ID, a.Owner, a.State, a.Balance)
		for _, h := range a.History {
			fmt.Println("    " + h)
		}
	}
	fmt.Println("reserves:", b.reserves, Money(-123456789), Money(0), Money(99))
}
