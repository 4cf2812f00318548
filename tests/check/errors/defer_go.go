// defer and go statements must call functions whose results may be discarded.

package main

func f() int { return 1 }

type T int

func main() {
	defer f()
	go f()
	s := []int{}
	defer len(s)         // ERROR "defer discards result of len\(s\) \(value of type int\)"
	go append(s, 1)      // ERROR "go discards result of append\(s, 1\) \(value of type \[\]int\)"
	defer int(3)         // ERROR "defer requires function call, not conversion int\(3\)"
	go T(1)              // ERROR "go requires function call, not conversion T\(1\)"
	defer cap(s)         // ERROR "defer discards result of cap\(s\) \(value of type int\)"
	go new(int)          // ERROR "go discards result of new\(int\) \(value of type \*int\)"
	defer make([]int, 1) // ERROR "defer discards result of make\(\[\]int, 1\) \(value of type \[\]int\)"
	defer string("x")    // ERROR "defer requires function call, not conversion string\(.x.\)"
	defer recover()
	defer panic("x")
	defer copy(s, s)
	defer println("ok")
	m := map[int]int{}
	defer delete(m, 1)
}
