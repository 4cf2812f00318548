package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		if curLen > 0 && curLen+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func center(s string, w int) string {
	if len(s) >= w {
		return s
	}
	left := (w - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-len(s)-left)
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google."
	lines := wrap(text, 30)
	for _, l := range lines {
		fmt.Printf("|%-30s|\n", l)
	}
	for _, l := range lines[:len(lines)-1] {
		fmt.Printf("|%s|\n", justify(l, 30))
	}
	fmt.Printf("[%s]\n", center("title", 15))
	fmt.Printf("[%s]\n", center("even", 10))
	border := "+" + strings.Repeat("-", 12) + "+"
	fmt.Println(border)
	for _, item := range []string{"one", "three", "eleven"} {
		fmt.Printf("|%12s|\n", item)
	}
	fmt.Println(border)
}
