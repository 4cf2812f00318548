package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagD)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %s %+v\n", Green, Green, Blue, Red)
	fs := FlagB | FlagC
	for i := 0; i < 4; i++ {
		fmt.Println(i, fs&(1<<i) != 0)
	}
	const (
		p = iota * iota
		q
		r
	)
	fmt.Println(p, q, r)
}
