package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }
func (s *Stack) Pop() (interface{}, error) {
	if len(s.items) == 0 {
		return nil, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct {
	head, tail *node
	n          int
}

type node struct {
	val  string
	next *node
}

func (q *Queue) Enqueue(s string) {
	n := &node{val: s}
	if q.tail == nil {
		q.head, q.tail = n, n
	} else {
		q.tail.next = n
		q.tail = n
	}
	q.n++
}

func (q *Queue) Dequeue() (string, bool) {
	if q.head == nil {
		return "", false
	}
	v := q.head.val
	q.head = q.head.next
	if q.head == nil {
		q.tail = nil
	}
	q.n--
	return v, true
}

type DList struct {
	root DNode
	len  int
}

type DNode struct {
	prev, next *DNode
	Value      int
}

func NewDList() *DList {
	l := &DList{}
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *DList) insertAfter(at *DNode, v int) {
	n := &DNode{prev: at, next: at.next, Value: v}
	at.next.prev = n
	at.next = n
	l.len++
}

func (l *DList) PushBack(v int)  { l.insertAfter(l.root.prev, v) }
func (l *DList) PushFront(v int) { l.insertAfter(&l.root, v) }
func (l *DList) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.root.next; n != &l.root; n = n.next {
		if n != l.root.next {
			sb.WriteString(" ")
		}
		fmt.Fprint(&sb, n.Value)
	}
	sb.WriteString("]")
	return sb.String()
}

func (l *DList) Reverse() {
	n := &l.root
	for {
		n.prev, n.next = n.next, n.prev
		n = n.prev
		if n == &l.root {
			break
		}
	}
}

func main() {
	s := &Stack{}
	s.Push(1)
	s.Push("two")
	s.Push(3.0)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Printf("%v(%T) ", v, v)
	}
	_, err := s.Pop()
	fmt.Println(err)
	q := &Queue{}
	for _, w := range strings.Fields("the quick brown fox") {
		q.Enqueue(w)
	}
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, "|")
	}
	fmt.Println(q.n)
	l := NewDList()
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
		l.PushFront(-i)
	}
	fmt.Println(l, l.len)
	l.Reverse()
	fmt.Println(l)
}
