package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func inorder(n *Node, out *[]int) {
	if n == nil {
		return
	}
	inorder(n.Left, out)
	*out = append(*out, n.Val)
	inorder(n.Right, out)
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	*p = 10
	pp := &p
	**pp = 20
	fmt.Println(x, *p == x, p == &x)
	a := newInt(5)
	b := newInt(5)
	fmt.Println(*a == *b, a == b)
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	var out []int
	inorder(root, &out)
	fmt.Println(out, height(root))
	// pointer to slice element stays valid while no realloc
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 200
	fmt.Println(s)
	// pointer to array element
	arr := [3]string{"a", "b", "c"}
	ap := &arr[2]
	*ap = "z"
	fmt.Println(arr)
	// pointer to struct field
	type T struct{ A, B int }
	t := T{1, 2}
	fp := &t.B
	*fp = 42
	fmt.Println(t)
	// pointer to pointer in struct
	var nilp *int
	fmt.Println(nilp == nil, nilp)
	// new and composite
	q := new([3]int)
	q[1] = 7
	fmt.Println(*q, len(q))
	// pointers compared
	t2 := &t
	t3 := &t
	fmt.Println(t2 == t3, *t2 == T{1, 42})
	// escape: pointer to local used after return
	counters := make([]*int, 3)
	for i := range counters {
		v := i * i
		counters[i] = &v
	}
	for _, c := range counters {
		fmt.Print(*c, " ")
	}
	fmt.Println()
}
