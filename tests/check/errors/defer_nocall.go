// defer and go need a call expression. The parser used by go/types and
// go vet reports these as syntax errors; the compiler reports them during
// type checking. Each file position is the same in both.

package main

func f() int { return 1 }

func main() {
	defer f // ERROR "expression in defer must be function call|function must be invoked in defer statement"
	go f // ERROR "expression in go must be function call|function must be invoked in go statement"
	defer (f()) // ERROR "expression in defer must not be parenthesized|function must be invoked in defer statement"
	defer func() {} // ERROR "expression in defer must be function call|function must be invoked in defer statement"
}
