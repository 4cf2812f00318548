package main

// fmt.GoStringer: %#v prints GoString's result unadorned (padded to the width), at the top
// level and for nested values Go can reach as interfaces (not through unexported fields).
// Other verbs, %+v included, never call GoString.

import "fmt"

type Color int

func (c Color) GoString() string { return fmt.Sprintf("Color(%d)", int(c)) }
func (c Color) String() string   { return []string{"red", "green", "blue"}[c] }

type Pt struct{ X, Y int }

func (p *Pt) GoString() string { return fmt.Sprintf("&Pt{%d,%d}", p.X, p.Y) }

type Only struct{ s string }

func (o Only) GoString() string { return "Only(" + o.s + ")" }

type Box struct {
	C     Color
	P     *Pt
	V     Pt
	O     Only
	Any   interface{}
	List  []Color
	M     map[Color]Only
	priv  Color
	privO Only
}

type Named []Only

type Wrong struct{}

func (Wrong) GoString(x int) string { return "never" }

func main() {
	c := Color(1)
	fmt.Printf("%#v|%v|%+v|%s|%d\n", c, c, c, c, c)
	fmt.Printf("[%#12v][%-#12v][%#.3v]\n", c, c, c)
	p := &Pt{1, 2}
	fmt.Printf("%#v|%#v|%v\n", p, *p, p)
	fmt.Printf("%#v %#v\n", Only{"a"}, &Only{"b"})
	b := Box{C: 2, P: p, V: Pt{3, 4}, O: Only{"o"}, Any: Color(0), List: []Color{0, 2},
		M: map[Color]Only{1: {"one"}, 0: {"zero"}}, priv: 1, privO: Only{"hidden"}}
	fmt.Printf("%#v\n", b)
	b.P = nil
	fmt.Printf("%+v\n", b)
	fmt.Printf("%#v\n", []interface{}{Color(2), Only{"i"}, p, nil, 3})
	fmt.Printf("%#v\n", map[string]*Pt{"k": {5, 6}, "nil": nil})
	fmt.Printf("%#v %#v\n", Named{{"n"}}, [2]Only{{"x"}, {"y"}})
	fmt.Printf("%#v\n", Wrong{})
	var np *Pt
	fmt.Printf("%#v|%v\n", np, np)
	fmt.Println(fmt.Sprintf("%#v", struct {
		A Color
		b Color
	}{1, 2}))
}
