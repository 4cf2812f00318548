// An Error method receives from a channel: fmt's call of Error parks until a value is sent.
package main

import (
	"errors"
	"fmt"
)

type remoteErr struct {
	reply chan string
}

func (e remoteErr) Error() string {
	msg := <-e.reply
	return "remote: " + msg
}

func main() {
	reply := make(chan string)
	var err error = remoteErr{reply}
	go func() {
		for i := 0; i < 3; i++ {
			reply <- fmt.Sprintf("failure %d", i)
		}
	}()
	fmt.Println(err)
	fmt.Printf("%v|%s\n", err, err)
	var target remoteErr
	fmt.Println(errors.As(err, &target), target.reply == reply)
	go func() { reply <- "late" }()
	wrapped := fmt.Errorf("wrapped: %w", remoteErr{reply})
	fmt.Println(wrapped.Error(), errors.Unwrap(wrapped) == error(remoteErr{reply}))
}
