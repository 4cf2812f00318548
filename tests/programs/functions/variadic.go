package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func info(prefix string, args ...interface{}) string {
	return fmt.Sprintf("%s[%d]%v", prefix, len(args), args)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x", "y"}...))
	fmt.Println(info("p"), info("p", 1, "two", 3.0), info("p", nil))
	is := []interface{}{1, 2}
	fmt.Println(info("q", is...), info("q", is))
	modify(nums...)
	fmt.Println(nums)
	modify(5, 6)
	fmt.Println(isNil(), isNil(nums[:0]...), isNil([]int(nil)...))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	f := func(format string, a ...interface{}) { fmt.Printf(format+"\n", a...) }
	f("%d-%s", 1, "x")
	f("none")
}
