// Singly and doubly linked lists with pointer manipulation.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func FromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

func (n *Node) String() string {
	var parts []string
	for ; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func Merge(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func Middle(head *Node) *Node {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func RemoveIf(head **Node, pred func(int) bool) int {
	removed := 0
	for p := head; *p != nil; {
		if pred((*p).Val) {
			*p = (*p).Next
			removed++
		} else {
			p = &(*p).Next
		}
	}
	return removed
}

type DNode struct {
	Val        string
	Prev, Next *DNode
}

type DList struct {
	head, tail *DNode
	n          int
}

func (l *DList) PushBack(v string) *DNode {
	nd := &DNode{Val: v, Prev: l.tail}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.Next = nd
	}
	l.tail = nd
	l.n++
	return nd
}

func (l *DList) Remove(nd *DNode) {
	if nd.Prev != nil {
		nd.Prev.Next = nd.Next
	} else {
		l.head = nd.Next
	}
	if nd.Next != nil {
		nd.Next.Prev = nd.Prev
	} else {
		l.tail = nd.Prev
	}
	l.n--
}

func (l *DList) Items(backward bool) []string {
	var out []string
	if backward {
		for n := l.tail; n != nil; n = n.Prev {
			out = append(out, n.Val)
		}
	} else {
		for n := l.head; n != nil; n = n.Next {
			out = append(out, n.Val)
		}
	}
	return out
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5})
	fmt.Println(l, Middle(l).Val)
	l = Reverse(l)
	fmt.Println(l)
	m := Merge(FromSlice([]int{1, 4, 7, 10}), FromSlice([]int{2, 3, 8}))
	fmt.Println(m, Middle(m).Val)
	n := RemoveIf(&m, func(v int) bool { return v%2 == 0 })
	fmt.Println(m, n)
	var empty *Node
	fmt.Println(empty, Reverse(empty) == nil)

	var dl DList
	a := dl.PushBack("a")
	dl.PushBack("b")
	c := dl.PushBack("c")
	dl.PushBack("d")
	dl.Remove(c)
	dl.Remove(a)
	fmt.Println(dl.Items(false), dl.Items(true), dl.n)
}
