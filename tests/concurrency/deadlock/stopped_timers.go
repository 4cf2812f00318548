package main

// A stopped timer or ticker can wake nothing: main waiting on a stopped timer's channel is
// deadlocked (a pending timer would keep the program waiting instead).

import "time"

func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	tk := time.NewTicker(time.Millisecond)
	<-tk.C
	tk.Stop()
	<-t.C
}
