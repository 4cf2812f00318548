package main

// Only scalar globals and no imports: the globals object holds no pointers. It must survive
// collections all the same (the program allocates ~16 MB, so the collector runs).
var counter int
var total uint64

func work(i int) []int {
	s := make([]int, 16)
	s[i%16] = i
	counter++
	return s
}

func main() {
	keep := 0
	for i := 0; i < 100000; i++ {
		s := work(i)
		keep += s[i%16]
		total += uint64(i)
	}
	if counter != 100000 || total != 4999950000 || keep != 4999950000 {
		println("corrupted globals:", counter, total, keep)
	}
	panic(counter)
}
