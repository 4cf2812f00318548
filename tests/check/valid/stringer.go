// String and Error methods and how fmt uses them (value vs pointer receivers,
// nested values, %v vs %d, Formatter-free types).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pixel struct {
	X, Y int
	C    Color
}

type PtrStringer struct{ name string }

func (p *PtrStringer) String() string { return "ptr:" + p.name }

type Both struct{}

func (Both) String() string { return "string-method" }
func (Both) Error() string  { return "error-method" }

type Matrix [][]int

func (m Matrix) String() string {
	var rows []string
	for _, r := range m {
		rows = append(rows, fmt.Sprint(r))
	}
	return strings.Join(rows, "/")
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	p := Pixel{1, 2, Blue}
	fmt.Printf("%v %+v\n", p, p)
	colors := []Color{Red, Green}
	fmt.Println(colors, map[Color]int{Blue: 3, Red: 1})
	v := PtrStringer{"v"}
	fmt.Println(v, &v)
	fmt.Println(Both{})
	var err error = Both{}
	fmt.Println(err)
	fmt.Println(Matrix{{1, 2}, {3, 4}})
	temps := []Temp{21.55, -3}
	fmt.Println(temps, Temp(0))
	fmt.Printf("%v|%6.2f|%s\n", temps[0], float64(temps[0]), temps[1])
	wrapped := fmt.Errorf("context: %w", errors.New("root"))
	fmt.Printf("%v|%s|%q\n", wrapped, wrapped, wrapped)
	var nilStringer fmt.Stringer
	fmt.Println(nilStringer)
	var np *PtrStringer
	fmt.Println(np == nil)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint(Red, 1, 2, Green))
	type anon struct {
		C Color
		T *Temp
	}
	t := Temp(5)
	fmt.Printf("%v\n", anon{Blue, &t}.C)
}
