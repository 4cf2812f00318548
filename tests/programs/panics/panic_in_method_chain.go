package main

import (
	"fmt"
	"strconv"
)

type Parser struct{ toks []string }

func (p *Parser) Next() int {
	t := p.toks[0]
	p.toks = p.toks[1:]
	n, err := strconv.Atoi(t)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	p := &Parser{[]string{"1", "22", "x3"}}
	fmt.Println(p.Next() + p.Next())
	fmt.Println(p.Next())
}
