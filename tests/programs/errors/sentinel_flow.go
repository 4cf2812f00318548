package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLong  = errors.New("input too long")
	ErrBadChar  = errors.New("bad character")
)

type Account struct {
	Balance int
}

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("withdraw %d: %w", n, &InsufficientFunds{n, a.Balance})
	}
	a.Balance -= n
	return nil
}

func check(s string) error {
	if s == "" {
		return ErrEmpty
	}
	if len(s) > 8 {
		return fmt.Errorf("check %q: %w", s, ErrTooLong)
	}
	for i, c := range s {
		if c < 'a' || c > 'z' {
			return fmt.Errorf("check %q at %d: %w", s, i, ErrBadChar)
		}
	}
	return nil
}

func main() {
	for _, s := range []string{"", "hello", "waytoolongstring", "abC", "ok"} {
		err := check(s)
		switch {
		case err == nil:
			fmt.Println(s, "valid")
		case errors.Is(err, ErrEmpty):
			fmt.Println("empty!")
		case errors.Is(err, ErrTooLong):
			fmt.Println("long:", err)
		case errors.Is(err, ErrBadChar):
			fmt.Println("bad:", err)
		}
	}
	acct := &Account{100}
	for _, amt := range []int{30, 50, 40, 20} {
		if err := acct.Withdraw(amt); err != nil {
			var inf *InsufficientFunds
			if errors.As(err, &inf) {
				fmt.Println("failed:", err, "| short by", inf.Need-inf.Have)
			}
			continue
		}
		fmt.Println("withdrew", amt, "balance", acct.Balance)
	}
}
