package main

import "fmt"

// The Go tour's "Equivalent Binary Trees": walk two trees concurrently and compare the
// in-order sequences. Trees are built deterministically from permutations.

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// New builds a tree holding k, 2k, ..., 10k, inserted in an order given by seed.
func New(k, seed int) *Tree {
	var t *Tree
	order := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	s := uint32(seed)
	for i := len(order) - 1; i > 0; i-- {
		s = s*1103515245 + 12345
		j := int(s>>16) % (i + 1)
		order[i], order[j] = order[j], order[i]
	}
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	t := New(1, 7)
	fmt.Println(t)
	ch := make(chan int)
	go Walk(t, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("Same(New(1,1), New(1,2)):", Same(New(1, 1), New(1, 2)))
	fmt.Println("Same(New(1,1), New(2,1)):", Same(New(1, 1), New(2, 1)))
	fmt.Println("Same(New(3,5), New(3,9)):", Same(New(3, 5), New(3, 9)))
	short := insert(nil, 1)
	fmt.Println("Same(short, New(1,1)):", Same(short, New(1, 1)))
}
