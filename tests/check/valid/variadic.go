// Variadic functions.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func describe(args ...interface{}) string {
	var sb strings.Builder
	for i, a := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%T=%v", a, a)
	}
	return sb.String()
}

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(join("-", "a", "b", "c"), join("/"))
	fmt.Println(describe(1, "s", 2.5, nil, []int{1}, true))
	fmt.Println(count())
	fmt.Println(count(1, 2))
	fmt.Println(count(nums...))
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2)
	all := append([]int{}, nums...)
	all = append(all, nums...)
	fmt.Println(all)
	fmt.Println(strings.Join(append([]string{"x"}, "y", "z"), ""))
	var iface []interface{}
	iface = append(iface, 1, "two")
	fmt.Println(iface...)
	fmt.Println(len(iface))
	printf := func(format string, a ...interface{}) {
		fmt.Printf("> "+format+"\n", a...)
	}
	printf("%d-%s", 7, "x")
	printf("none")
}
