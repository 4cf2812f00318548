package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func (T) M(x int, s ...string) (int, error) { return 0, nil }

type Celsius float64
type Bytes []byte
type Runes []rune

func main() {
	var c chan (<-chan int)
	var i interface {
		String() string
		M(int)
	}
	fmt.Printf("%T|%T|%T\n", T.M, c, &i)
	fmt.Printf("%T|%T\n", struct {
		A int `json:"a"`
		T
	}{}, []interface{}{})
	fmt.Printf("%T|%T|%T|%T\n", func() {}, func(a, b int) (x int) { return }, map[rune][]byte{}, [3]chan<- error{})
	fmt.Printf("%T %T %T %T %T\n", 'a', byte(1), []byte("x"), [2]rune{}, Runes{})
	fmt.Printf("%T %T %T %T\n", Celsius(1), Bytes{}, errors.New("e"), fmt.Errorf("w %w", errors.New("e")))
	var x any = 'a'
	_, isInt32 := x.(int32)
	var y any = byte(1)
	_, isUint8 := y.(uint8)
	fmt.Println(isInt32, isUint8)
	fmt.Printf("%v %d %s %x %q\n", Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"), Bytes("hi"))
	fmt.Printf("%v %q %c %U\n", Runes("hé"), Runes("hé"), Runes("hé"), Runes("hé"))
	p := &[]int{1, 2}
	m := &map[string]int{"k": 1}
	*p = append(*p, 3)
	(*m)["j"] = 2
	fmt.Println(p, m, len(*p), len(*m))
	fmt.Printf("%v %+v %#v\n", &struct{ A, b int }{1, 2}, &[2]bool{true}, &[]string{"s"})
	type key struct{ a, b int }
	seen := map[key]bool{}
	k := key{0, 0}
	for j := 0; j < 3; j++ {
		k = key{j, j * j}
		seen[k] = true
	}
	arr := map[[2]int]string{}
	var a2 [2]int
	for j := 0; j < 3; j++ {
		a2[0], a2[1] = j, -j
		arr[a2] = fmt.Sprint(j)
	}
	fmt.Println(seen, arr)
	digits := []int{}
	for n := 9075; n > 0; n /= 10 {
		digits = append([]int{n % 10}, digits...)
	}
	cp := append([]int(nil), digits...)
	cp[0] = 100
	fmt.Println(digits, cp)
}
