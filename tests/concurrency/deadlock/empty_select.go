package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper finished")
		done <- true
	}()
	<-done
	fmt.Println("blocking forever with select {}")
	select {}
}
