// A deadlock inside a callback: String waits on a channel that nothing will ever send on.
package main

import "fmt"

type stuck struct{ ch chan int }

func (s stuck) String() string { return fmt.Sprint(<-s.ch) }

func main() {
	fmt.Println("before")
	fmt.Println(stuck{make(chan int)})
	fmt.Println("never")
}
