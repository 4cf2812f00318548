// Package-level declarations in any order, var dependency order, init().
package main

import "fmt"

var total = a + b + c // initialized after a, b and c

var a = b * 2
var b = initB()
var c, d = pair()

var trace []string

func initB() int {
	trace = append(trace, "initB")
	return 3
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 10, 20
}

var table = buildTable()

func buildTable() map[string]int {
	trace = append(trace, "buildTable")
	return map[string]int{"total": total, "d": d}
}

func init() {
	trace = append(trace, "init1")
	counter += 100
}

var counter = func() int {
	trace = append(trace, "counter")
	return 1
}()

func init() {
	trace = append(trace, "init2")
	counter *= 2
}

type Later struct{ v Earlier }
type Earlier struct{ n int }

const cA = cB + 1
const cB = 41

var x, y = y + 1, 5

func main() {
	fmt.Println(total, a, b, c, d)
	fmt.Println(table)
	fmt.Println(counter)
	fmt.Println(trace)
	fmt.Println(Later{Earlier{cA}}, x, y)
	fmt.Println(helper())
}

func helper() string { return fmt.Sprint("helper sees ", cA) }
