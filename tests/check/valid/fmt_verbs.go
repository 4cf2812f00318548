// fmt formatting verbs, widths, flags, Sprint spacing rules.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	P    *Point
	L    []int
	M    map[string]int
}

type Color int

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", 42, 42, 42, 42, 42, 42)
	fmt.Printf("%x|%X|%#x|%o|%#o|%b|%08b\n", 3054, 3054, 3054, 8, 8, 5, 5)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 'G', '⌘')
	fmt.Printf("%f|%.3f|%10.2f|%-10.2f|%e|%g|%G\n", 3.14159, 3.14159, 3.14159, 3.14159, 314.159, 0.00001234, 1e100)
	fmt.Printf("%s|%q|%10s|%-10s|%.3s|%x\n", "gopher", "gopher", "go", "go", "gopher", "hi")
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v\n", pp, pp)
	n := Named{"n", &Point{3, 4}, []int{1, 2}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", n.L, n.M)
	fmt.Printf("%v %d %s %q\n", Color(1), Color(1), Color(2), Color(0))
	fmt.Printf("%v|%d|%s\n", []string{"a", "b"}, []int{1, 2}, []string{"x"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x|% x|%X\n", []byte{1, 171, 255}, []byte{1, 171, 255}, "hey")
	fmt.Printf("%v|%v|%v\n", nil, []int(nil), map[string]int(nil))
	fmt.Printf("%6.2f%%|%*d|%-*d|\n", 99.5, 4, 7, 4, 7)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", errors.New("an error"), struct{}{})
	fmt.Printf("%v %.2v %5.1v\n", 1.0/3, 1.0/3, 2.55)
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("%08.3f|%+.2e|%x\n", -3.14159, 12345.678, 255.0)

	fmt.Println("a", 1, 2, "b", 3.5, true, nil)
	fmt.Print("a", 1, 2, "b", "c", 3, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("x", 1, 2, "y")
	s2 := fmt.Sprintln("x", 1)
	fmt.Printf("%q %q\n", s, s2)
	fmt.Println(fmt.Sprintf("%05.1f", 2.25), fmt.Sprintf("%3d|%-3d|", -1, -1))
	fmt.Fprintln(os.Stdout, "to stdout", 7)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	type inner struct {
		A int
		B string
	}
	type outer struct {
		I  inner
		PI *inner
		S  []inner
	}
	o := outer{inner{1, "x"}, nil, []inner{{2, "y"}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%v %v\n", [2]bool{true}, [][]int{{1}, {2, 3}})
	fmt.Printf("%d %v %s\n", int8(-5), uint16(7), "end")
}
