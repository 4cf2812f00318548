package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Point Point
	Tags  []string
	Attrs map[string]int
	Any   interface{}
	Err   error
}

type Celsius float64

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	p := Point{1, -2}
	n := Named{"n", p, []string{"a"}, map[string]int{"z": 1, "a": 2}, 3.5, errors.New("e")}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", Named{Name: "x"})
	fmt.Printf("%v %+v %#v %T\n", &p, &p, &p, &p)
	fmt.Printf("%v %#v %T\n", []int{1, 2}, []int{1, 2}, []int{1, 2})
	fmt.Printf("%v %#v %T\n", []int(nil), []int(nil), []int(nil))
	fmt.Printf("%v %#v %T\n", map[string]bool{"b": true, "a": false}, map[string]bool{"b": true}, map[string]bool{})
	fmt.Printf("%v %#v\n", map[string]int(nil), map[string]int(nil))
	fmt.Printf("%v %#v %T\n", [2]string{"a", "b"}, [2]string{"a", "b"}, [2]string{})
	fmt.Printf("%v %#v %T\n", "s", "s", "s")
	fmt.Printf("%v %#v %T\n", 42, 42, 42)
	fmt.Printf("%v %#v %T\n", int64(42), uint8(42), uint(42))
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 2.5, 1e21, float32(0.1))
	fmt.Printf("%v %#v %T\n", true, false, true)
	fmt.Printf("%v %#v %T\n", nil, nil, nil)
	fmt.Printf("%v %#v %T\n", Celsius(3), Celsius(3), Celsius(3))
	fmt.Printf("%v %#v %d %T\n", Weekday(1), Weekday(1), Weekday(1), Weekday(1))
	fmt.Printf("%v %#v\n", 'x', 'x')
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, map[string]interface{}{"k": []int{1}})
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", [][]int{{1}, {2, 3}})
	fmt.Printf("%#v %#v\n", int8(-3), uint64(7))
	fmt.Printf("%#v\n", []string{"q\"uote"})
	fmt.Printf("%T %T %T %T\n", errors.New("x"), fmt.Errorf("y"), func(int) string { return "" }, struct{ A int }{})
	fmt.Printf("%T %T %T\n", &n, []*Point{}, map[Point][]string{})
	var e error
	fmt.Printf("%v %T\n", e, e)
	var ip *int
	fmt.Printf("%v %#v %T\n", ip, ip, ip)
	fmt.Printf("%#v\n", &[]int{1})
	fmt.Printf("%v %+v\n", &[]int{1}, &map[string]int{"a": 1})
	fmt.Printf("%v\n", &[2]string{"x", "y"})
	fmt.Printf("%x %X\n", Point{10, 255}, []Point{{1, 2}})
	fmt.Printf("%d\n", Point{3, 4})
	fmt.Printf("%s\n", Point{3, 4})
	fmt.Printf("%06.2f\n", []float64{1, 2.5})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
}
