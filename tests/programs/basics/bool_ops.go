package main

import "fmt"

func main() {
	vals := []bool{false, true}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Println(a, b, a && b, a || b, a != b, a == b, !a)
		}
	}
	var t bool
	fmt.Println(t, !t)
	type MyBool bool
	var mb MyBool = 3 > 2
	fmt.Printf("%v %t %T\n", mb, mb, mb)
	count := 0
	for i := 0; i < 10; i++ {
		even := i%2 == 0
		if even && i > 4 || i == 1 {
			count++
		}
	}
	fmt.Println(count)
}
