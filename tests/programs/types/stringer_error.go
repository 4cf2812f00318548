package main

import (
	"errors"
	"fmt"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS(%d)", p.N) }

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Wallet struct {
	Owner   string
	Balance Money
	hidden  Money
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) error {
	if k == "x" {
		return nil
	}
	return &NotFound{k}
}

func main() {
	m := Money(12345)
	fmt.Println(m)
	fmt.Printf("%v %s %d %+v\n", m, m, m, m)
	fmt.Println([]Money{1, 250, 99999})
	fmt.Println(map[string]Money{"a": 5, "b": 10050})
	ps := PtrStringer{3}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v %+v\n", ps, &ps, ps)
	fmt.Println([]*PtrStringer{{1}, {2}})
	fmt.Println([]PtrStringer{{1}, {2}})
	var err error = ValidationError{"age", "must be positive"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	w := Wallet{"ann", 500, 7}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(lookup("x"), lookup("y"))
	var ve ValidationError
	if errors.As(ValidationError{"f", "m"}, &ve) {
		fmt.Println("as:", ve.Field)
	}
	fmt.Println(fmt.Sprint(m, m), fmt.Sprint(m, "x", m))
	var st fmt.Stringer = m
	fmt.Println(st.String())
	errs := []error{errors.New("one"), ValidationError{"two", "2"}, &NotFound{"three"}}
	fmt.Println(errs)
}
