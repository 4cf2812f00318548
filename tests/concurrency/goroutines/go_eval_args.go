package main

import "fmt"

// A go statement evaluates the function value and its arguments in the calling goroutine,
// at the moment the statement executes; only the call itself runs in the new goroutine.

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

type counter struct{ n int }

func (c counter) show(done chan<- string) { done <- fmt.Sprintf("value receiver saw %d", c.n) }
func (c *counter) showPtr(done chan<- string) {
	done <- fmt.Sprintf("pointer receiver saw %d", c.n)
}

func pick(name string, done chan<- string) func(int, int) {
	trace = append(trace, "pick "+name)
	return func(a, b int) { done <- fmt.Sprintf("%s(%d, %d)", name, a, b) }
}

func main() {
	done := make(chan string)

	x := 1
	go func(v int) { done <- fmt.Sprintf("arg captured %d", v) }(x)
	x = 100
	fmt.Println(<-done)
	fmt.Println("x is now", x)

	// Function value and arguments are evaluated left to right before the goroutine starts.
	go pick("f", done)(note("first", 1), note("second", 2))
	fmt.Println("trace before receive:", trace)
	fmt.Println(<-done)

	// A method value binds its receiver when the go statement runs.
	c := counter{n: 7}
	go c.show(done)
	c.n = 8
	fmt.Println(<-done)
	go c.showPtr(done)
	fmt.Println(<-done)

	// Arguments are copies: changing the slice header later does not matter,
	// but the shared backing array is shared.
	s := []int{1, 2, 3}
	block := make(chan bool)
	go func(t []int) {
		<-block
		done <- fmt.Sprint("len ", len(t), " first ", t[0])
	}(s)
	s[0] = 42
	s = append(s, 4)
	block <- true
	fmt.Println(<-done)

	// A closure (not an argument) sees the variable itself.
	y := 1
	go func() {
		<-block
		done <- fmt.Sprint("closure saw y = ", y)
	}()
	y = 2
	block <- true
	fmt.Println(<-done)

	// Builtins and conversions are not allowed directly in go statements, but a
	// function literal wrapping them is.
	m := map[string]int{"a": 1}
	go func(k string) {
		delete(m, k)
		done <- fmt.Sprint("deleted, len ", len(m))
	}("a")
	fmt.Println(<-done)
}
