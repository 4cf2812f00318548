package main

import (
	"fmt"
	"sort"
	"sync"
)

// Each goroutine recovers its own panics and reports them as errors.

func safeGo(wg *sync.WaitGroup, errs chan<- string, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprintf("goroutine %d: %v", id, r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	safeGo(&wg, errs, 1, func() { panic("explicit") })
	safeGo(&wg, errs, 2, func() {
		var a []int
		_ = a[3]
	})
	safeGo(&wg, errs, 3, func() {
		x := 0
		fmt.Sprint(10 / x)
	})
	safeGo(&wg, errs, 4, func() {})
	safeGo(&wg, errs, 5, func() {
		var i interface{} = "str"
		_ = i.(int)
	})
	safeGo(&wg, errs, 6, func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	safeGo(&wg, errs, 7, func() { panic(fmt.Errorf("error value %d", 7)) })
	wg.Wait()
	close(errs)
	var all []string
	for e := range errs {
		all = append(all, e)
	}
	sort.Strings(all)
	for _, e := range all {
		fmt.Println(e)
	}

	// recover in main does not catch a goroutine's panic; but main keeps running when
	// the goroutine recovers by itself.
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("self-recovered: ", recover()) }()
		panic("inner")
	}()
	fmt.Println(<-done)
	fmt.Println("main continues")
}
