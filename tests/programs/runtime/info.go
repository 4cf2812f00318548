package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	next *node
	data [64]int
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
	}
	return head
}

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(file[strings.LastIndex(file, "/")+1:], ":", line, " ", ok)
}

// allocate builds a list that is garbage once it returns (weft's frames keep dead registers
// alive, so the list must not outlive this frame) and reports the heap's counters with it.
func allocate() (uint64, uint64) {
	var m runtime.MemStats
	list := build(20000)
	runtime.ReadMemStats(&m)
	fmt.Println(m.HeapAlloc > 20000*64*8, m.Mallocs >= 20000, m.TotalAlloc >= m.HeapAlloc, m.HeapSys >= m.HeapInuse, m.EnableGC)
	runtime.KeepAlive(list)
	return m.HeapAlloc, m.Mallocs
}

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.NumGoroutine())
	n := runtime.NumCPU()
	fmt.Println(n >= 1, runtime.GOMAXPROCS(0) == n)
	fmt.Println(runtime.GOMAXPROCS(2) == n, runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(n))

	before, mallocs := allocate()
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC >= 1, m.NumForcedGC, m.HeapAlloc < before/4, m.Frees >= 20000, m.Mallocs >= mallocs)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumForcedGC, m.HeapObjects == m.Mallocs-m.Frees)

	fmt.Println(where())
	_, _, _, ok := runtime.Caller(1000)
	fmt.Println(ok)
	runtime.Gosched()

	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println(ok, re)
		var target runtime.Error
		fmt.Println(errors.As(r.(error), &target), target == re)
	}()
	var s []int
	_ = s[len(fmt.Sprint(12))]
}
