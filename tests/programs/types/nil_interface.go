package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // non-nil interface even when p is nil!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return 0
	}
	return q.s * q.s
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	fmt.Printf("%T %T\n", e1, e2)
	var p *Sq
	var s Shape = p
	fmt.Println(s == nil, s.Area(), p == nil)
	var s2 Shape
	fmt.Println(s2 == nil)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i)
	var j interface{}
	fmt.Println(j == nil, j)
	var ip *int
	i = ip
	fmt.Println(i == (*int)(nil))
	if me, ok := e1.(*MyErr); ok {
		fmt.Println("typed nil inside:", me == nil)
	}
}
