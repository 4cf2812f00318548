package main

import (
	"fmt"
	"strconv"
	"strings"
)

// RPN calculator over strings
func eval(expr string) (float64, error) {
	var stack []float64
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			if len(stack) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			b, a := stack[len(stack)-1], stack[len(stack)-2]
			stack = stack[:len(stack)-2]
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			}
			stack = append(stack, r)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			stack = append(stack, v)
		}
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("invalid expression, stack=%v", stack)
	}
	return stack[0], nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * 5 + *", "1 0 /", "-1 0 /", "0 0 /", "1 +", "1 2", "1 x +", "1.5e3 2 /"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %v (%s)\n", e, v, strconv.FormatFloat(v, 'f', 3, 64))
	}
}
