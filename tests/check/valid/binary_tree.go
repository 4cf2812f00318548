// A binary search tree: insert, search, delete, traversals, height, and
// a level-order printer.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Key         int
	Left, Right *Tree
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) Min() int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Key
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		t.Key = t.Right.Min()
		t.Right = t.Right.Delete(t.Key)
	}
	return t
}

func (t *Tree) Walk(order string, visit func(int)) {
	if t == nil {
		return
	}
	if order == "pre" {
		visit(t.Key)
	}
	t.Left.Walk(order, visit)
	if order == "in" {
		visit(t.Key)
	}
	t.Right.Walk(order, visit)
	if order == "post" {
		visit(t.Key)
	}
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Levels() string {
	var sb strings.Builder
	level := []*Tree{t}
	for len(level) > 0 {
		var next []*Tree
		for i, n := range level {
			if i > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprint(&sb, n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		sb.WriteByte('\n')
		level = next
	}
	return sb.String()
}

func collect(t *Tree, order string) []int {
	var out []int
	t.Walk(order, func(k int) { out = append(out, k) })
	return out
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = root.Insert(k)
	}
	fmt.Println("in:  ", collect(root, "in"))
	fmt.Println("pre: ", collect(root, "pre"))
	fmt.Println("post:", collect(root, "post"))
	fmt.Println("height", root.Height(), "min", root.Min())
	fmt.Print(root.Levels())
	fmt.Println(root.Contains(45), root.Contains(55))
	for _, k := range []int{20, 30, 50, 99} {
		root = root.Delete(k)
		fmt.Println("delete", k, "->", collect(root, "in"), "root", root.Key)
	}
	fmt.Print(root.Levels())
	sum := 0
	root.Walk("in", func(k int) { sum += k })
	fmt.Println("sum", sum)
}
