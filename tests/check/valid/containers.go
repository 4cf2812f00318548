// Stack, queue and deque built on slices holding interface{} values.
package main

import (
	"errors"
	"fmt"
)

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }
func (s *Stack) Pop() (interface{}, error) {
	if len(s.items) == 0 {
		return nil, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct {
	buf        []interface{}
	head, size int
}

func NewQueue(capacity int) *Queue { return &Queue{buf: make([]interface{}, capacity)} }

func (q *Queue) Enqueue(v interface{}) {
	if q.size == len(q.buf) {
		nb := make([]interface{}, 2*len(q.buf)+1)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue) Dequeue() (interface{}, bool) {
	if q.size == 0 {
		return nil, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = nil
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top.(rune) != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack
	s.Push(1)
	s.Push("two")
	s.Push(3.0)
	s.Push([]int{4})
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Printf("%T:%v ", v, v)
	}
	fmt.Println()
	_, err := s.Pop()
	fmt.Println(err)

	q := NewQueue(2)
	for i := 0; i < 5; i++ {
		q.Enqueue(i)
	}
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	q.Enqueue("x")
	q.Enqueue("y")
	q.Enqueue("z")
	fmt.Print(a, b, " | ")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| size", q.size)
	for _, t := range []string{"([]{})", "([)]", "((", "", "{[()()]}x", "}"} {
		fmt.Printf("%q:%v ", t, balanced(t))
	}
	fmt.Println()
}
