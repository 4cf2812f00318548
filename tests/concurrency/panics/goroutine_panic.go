package main

import "fmt"

// An unrecovered panic in any goroutine ends the whole program with exit status 2,
// even while main is blocked waiting for something else.

func worker(jobs <-chan int, results chan<- int) {
	for j := range jobs {
		if j == 3 {
			panic(fmt.Sprintf("worker failed on job %d", j))
		}
		results <- j * 10
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go worker(jobs, results)
	for i := 1; i <= 2; i++ {
		jobs <- i
		fmt.Println("result", <-results)
	}
	fmt.Println("sending the job that fails")
	jobs <- 3
	<-results
	fmt.Println("unreachable")
}
