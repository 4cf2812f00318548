// Channel direction and channel operation errors.

package main

func producer(out chan<- int) {
	<-out           // ERROR "invalid operation: cannot receive from send-only channel out \(variable of type chan<- int\)"
	for range out { // ERROR "cannot range over out \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
	out <- 1
}

func consumer(in <-chan int) {
	in <- 1   // ERROR "invalid operation: cannot send to receive-only channel in \(variable of type <-chan int\)"
	close(in) // ERROR "invalid operation: cannot close receive-only channel in \(variable of type <-chan int\)"
	for v := range in {
		_ = v
	}
}

func main() {
	x := 1
	x <- 2  // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	ch := make(chan string, 1)
	ch <- 3 // ERROR "cannot use 3 \(untyped int constant\) as string value in send"
	var ro <-chan int = make(chan int)
	var so chan<- int = ro // ERROR "cannot use ro \(variable of type <-chan int\) as (type )?chan<- int( value)? in variable declaration"
	var bi chan int = ro   // ERROR "cannot use ro \(variable of type <-chan int\) as (type )?chan int( value)? in variable declaration"
	_, _ = so, bi
	go producer(nil)
	go consumer(nil)
}
