package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func process(names []string) (count int) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
		count++
	}
	fmt.Println("processed", count)
	return
}

func processEach(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("using", r.name)
		}()
	}
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	processEach([]string{"x", "y"})
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("deferred arg", n) }(i)
	}
	fmt.Println("main end")
}
