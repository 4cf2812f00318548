// Constants: iota patterns, typed and untyped constants, huge intermediates.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	FlagA = 1 << iota
	FlagB
	_
	FlagD
	FlagE = iota * 100
	FlagF
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Back  = Huge / Big / Big
)

const greeting = "hello, " + "world"
const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const third = 1.0 / 3
const rn = 'x' + 1

func main() {
	fmt.Println(Sunday, Wednesday, Saturday, int(Saturday))
	fmt.Printf("%v %d %s\n", Friday, Friday, Monday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagA, FlagB, FlagD, FlagE, FlagF)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(Small, Back, 1<<100>>98, Big/(Big>>3))
	fmt.Println(greeting, len(greeting))
	fmt.Println(pi, float32(pi), third)
	fmt.Println(rn, string(rune(rn)))
	const local = 10
	var x int8 = local * 12
	var y float32 = local / 4
	var z float32 = local / 4.0
	fmt.Println(x, y, z)
	const typed int64 = 1 << 40
	fmt.Printf("%T %v\n", typed, typed)
	fmt.Println(Huge > Big, Big%7, -Big/Big)
}
