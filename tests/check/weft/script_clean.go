#!/usr/bin/env weft
// A script: top-level statements form main; declarations are package-level; standard packages
// need no import; unused variables and imports are not errors.
import "os"

type point struct{ x, y int }

func (p point) add(q point) point { return point{p.x + q.x, p.y + q.y} }

var total = sum(1, 2, 3)

func sum(xs ...int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

unused := 42
p := point{1, 2}.add(point{3, 4})
fmt.Println(p, total, strings.ToUpper("weft"), math.Sqrt(16))
ch := make(chan int, 1)
go func() { ch <- total }()
fmt.Println(<-ch)
for i := range 3 {
	fmt.Println(i)
}
fmt.Println(min(3, 1, 2), max(2.5, 1))
