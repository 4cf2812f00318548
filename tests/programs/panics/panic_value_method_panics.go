package main

// A panic value whose Error method panics: Go reports "panic while printing panic value".

type E struct{}

func (E) Error() string { panic("inner") }

func main() {
	panic(E{})
}
