// Pointers: new, address-of, pointer to array/struct, pointer to pointer.
package main

import "fmt"

type T struct {
	v   int
	arr [3]int
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v // escapes to the heap
	return &x
}

func incAll(ps ...*int) {
	for _, p := range ps {
		*p++
	}
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	p := new(int)
	fmt.Println(*p)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, p == q)

	a, b := newInt(5), newInt(5)
	fmt.Println(*a == *b, a == b)

	var pp **int = &p
	**pp = 7
	fmt.Println(*p)

	t := &T{v: 1}
	t.arr[2] = 9
	pa := &t.arr
	pa[0] = 3
	fmt.Println(*t, len(pa))
	pv := &t.v
	*pv = 100
	fmt.Println(t.v)

	arr := [3]int{1, 2, 3}
	for i := range arr {
		pe := &arr[i]
		*pe *= 10
	}
	fmt.Println(arr)

	sl := []int{1, 2, 3}
	ps := &sl[1]
	*ps = 20
	fmt.Println(sl)

	i, j, k := 1, 2, 3
	incAll(&i, &j, &k)
	fmt.Println(i, j, k)

	var nilp *T
	fmt.Println(nilp == nil, nilp)
	structs := []T{{v: 1}, {v: 2}}
	ptr := &structs[0]
	ptr.v = 11
	fmt.Println(structs[0].v)
	type Node struct {
		Val  int
		Next *Node
	}
	var head *Node
	for n := 3; n > 0; n-- {
		head = &Node{n, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val)
	}
	fmt.Println()
	cp := *t
	cp.v = -1
	fmt.Println(t.v, cp.v)
}
