package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func (r *Rect) Translate(dx, dy int) {
	r.Min.X += dx
	r.Max.X += dx
	r.Min.Y += dy
	r.Max.Y += dy
}

type Person struct {
	Name    string
	Age     int
	Friends []string
}

func birthday(p Person) Person {
	p.Age++
	return p
}

func birthdayPtr(p *Person) { p.Age++ }

func main() {
	r := Rect{Point{0, 0}, Point{4, 3}, "box"}
	fmt.Println(r, r.Area())
	r.Translate(1, 1)
	fmt.Printf("%v %+v\n", r, r)
	rp := &r
	rp.Translate(-1, 0)
	fmt.Println(rp.Min, (*rp).Max, rp.Area())
	p := Person{Name: "Ann", Age: 30}
	q := birthday(p)
	fmt.Println(p.Age, q.Age)
	birthdayPtr(&p)
	fmt.Println(p.Age)
	// struct copy shares slice backing
	p.Friends = []string{"Bob"}
	c := p
	c.Friends[0] = "Carl"
	c.Name = "Copy"
	fmt.Println(p, c)
	// comparison
	a1 := Point{1, 2}
	a2 := Point{1, 2}
	a3 := Point{2, 1}
	fmt.Println(a1 == a2, a1 == a3, a1 != a3)
	fmt.Println(Rect{a1, a2, "x"} == Rect{a1, a2, "x"}, Rect{a1, a2, "x"} == Rect{a1, a2, "y"})
	// anonymous struct
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v\n", anon, anon)
	anon2 := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon == anon2)
	// pointer to struct literal
	pp := &Point{5, 6}
	pp.X *= 2
	fmt.Println(*pp, pp.X, pp)
	// new
	np := new(Point)
	np.Y = 3
	fmt.Println(*np)
	// struct with embedded array compare
	type Key struct {
		parts [2]string
		n     int
	}
	k1 := Key{[2]string{"a", "b"}, 1}
	k2 := Key{[2]string{"a", "b"}, 1}
	fmt.Println(k1 == k2)
	// slice of structs modification
	pts := []Point{{1, 1}, {2, 2}}
	for i := range pts {
		pts[i].X *= 10
	}
	pt := &pts[1]
	pt.Y = 99
	fmt.Println(pts)
	// struct field of pointer type auto-deref chain
	type Node struct {
		Val  int
		Next *Node
	}
	n3 := &Node{3, nil}
	n2 := &Node{2, n3}
	n1 := &Node{1, n2}
	for n := n1; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println(n1.Next.Next.Val)
	// empty struct
	type E struct{}
	fmt.Println(E{} == E{}, fmt.Sprintf("%v %+v", E{}, E{}))
}
