// Pointers copied by copy, append, struct and array assignment while other goroutines read
// them, on parallel workers: a reader sees the old pointer or the new one, never a mixture.
// weft once copied with libc's memmove, which may move a byte at a time, and Go's
// test/fixedbugs/issue13160.go read a pointer with its top six bytes still zero ("bad pointer
// read 0x6018"), which an interpreter could follow into a crash. Racy by design, as that test
// is; Go's memmove never tears a pointer-aligned word.
package main

import (
	"fmt"
	"runtime"
)

type pair struct {
	a, b *int
	n    int
}

const rounds = 200000

func main() {
	runtime.GOMAXPROCS(4)
	x, y := new(int), new(int)
	*x, *y = 1, 2

	var shared pair
	var arr [3]*int
	slots := make([]*int, 4)
	done := make(chan string, 8)

	// Writers: struct and array assignment (block copies), copy and append (slice moves).
	go func() {
		for i := 0; i < rounds; i++ {
			shared = pair{x, y, 1}
			shared = pair{}
		}
		done <- "struct writer"
	}()
	go func() {
		full, empty := [3]*int{x, x, x}, [3]*int{}
		for i := 0; i < rounds; i++ {
			arr = full
			arr = empty
		}
		done <- "array writer"
	}()
	go func() {
		src, nils := []*int{y, y, y, y}, make([]*int, 4)
		for i := 0; i < rounds; i++ {
			copy(slots, src)
			copy(slots, nils)
			_ = append(slots[:0], src...)
		}
		done <- "slice writer"
	}()

	// Readers: each copies the shared memory out and checks every pointer it got.
	go func() {
		bad := 0
		for i := 0; i < rounds; i++ {
			p := shared
			if (p.a != nil && p.a != x) || (p.b != nil && p.b != y) {
				bad++
			}
		}
		done <- fmt.Sprint("struct reader: torn ", bad)
	}()
	go func() {
		bad := 0
		for i := 0; i < rounds; i++ {
			a := arr
			for _, p := range a {
				if p != nil && p != x {
					bad++
				}
			}
		}
		done <- fmt.Sprint("array reader: torn ", bad)
	}()
	go func() {
		bad := 0
		mine := make([]*int, 4)
		for i := 0; i < rounds; i++ {
			copy(mine, slots)
			for _, p := range mine {
				if p != nil && p != y {
					bad++
				}
			}
		}
		done <- fmt.Sprint("slice reader: torn ", bad)
	}()

	got := map[string]bool{}
	for i := 0; i < 6; i++ {
		got[<-done] = true
	}
	for _, s := range []string{"struct writer", "array writer", "slice writer",
		"struct reader: torn 0", "array reader: torn 0", "slice reader: torn 0"} {
		fmt.Println(s, got[s])
	}
}
