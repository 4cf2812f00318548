package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Scan(&x)
		sum += x
	}
	var name string
	var age int
	c, err := fmt.Scanf("%s %d\n", &name, &age)
	fmt.Println(sum, name, age, c, err)
	var w1, w2 string
	c, err = fmt.Scanln(&w1, &w2)
	fmt.Println(w1, w2, c, err)
	c, err = fmt.Scan(&w1)
	fmt.Println(c, err)
}
