package main

import "fmt"

// Two goroutines write one map at the same time, with no lock: Go's runtime notices and ends
// the program with "fatal error: concurrent map writes" (exit 2), and so does weft, whose map
// writers take the map's writing flag atomically (it never corrupts the table or crashes).
// This needs two goroutines running in parallel: it assumes at least 2 CPUs, as CI has.

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for g := 0; g < 2; g++ {
		go func(g int) {
			for i := 0; i < 10000000; i++ {
				m[i%1000+g*1000] = i
			}
			done <- true
		}(g)
	}
	<-done
	<-done
	fmt.Println(len(m))
}
