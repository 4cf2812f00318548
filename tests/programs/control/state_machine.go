package main

import "fmt"

type state int

const (
	start state = iota
	inNumber
	inWord
	done
)

func classify(input string) []string {
	var out []string
	st := start
	tok := ""
	i := 0
	for st != done {
		var c byte
		if i < len(input) {
			c = input[i]
		}
		switch st {
		case start:
			switch {
			case c == 0:
				st = done
			case c >= '0' && c <= '9':
				st = inNumber
				tok = string(c)
			case c >= 'a' && c <= 'z':
				st = inWord
				tok = string(c)
			}
			i++
		case inNumber:
			if c >= '0' && c <= '9' {
				tok += string(c)
				i++
				continue
			}
			out = append(out, "NUM("+tok+")")
			st = start
		case inWord:
			if c >= 'a' && c <= 'z' {
				tok += string(c)
				i++
				continue
			}
			out = append(out, "WORD("+tok+")")
			st = start
		}
	}
	return out
}

func main() {
	fmt.Println(classify("abc 123 de4f  56"))
	fmt.Println(classify(""))
	fmt.Println(classify("x"))
	fmt.Println(classify("99 bottles"))
}
