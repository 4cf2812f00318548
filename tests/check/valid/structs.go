// Structs: literals, comparison, anonymous structs, nested, pointers.
package main

import "fmt"

type Address struct {
	Street string
	City   string
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	private bool
}

type Empty struct{}

func birthday(p *Person) { p.Age++ }
func renamed(p Person) Person {
	p.Name = "renamed"
	return p
}

func main() {
	p := Person{Name: "Ann", Age: 30, Addr: Address{"Main St", "Springfield"}}
	fmt.Println(p.Name, p.Age, p.Addr.City, p.Tags == nil, p.private)
	fmt.Printf("%v\n%+v\n", p, p)
	birthday(&p)
	q := renamed(p)
	fmt.Println(p.Name, p.Age, q.Name, q.Age)

	pp := &p
	pp.Addr.Street = "Elm St"
	(*pp).Age = 50
	fmt.Println(p.Addr.Street, p.Age)

	a1 := Address{"x", "y"}
	a2 := Address{City: "y", Street: "x"}
	fmt.Println(a1 == a2, a1 != Address{})

	anon := struct {
		ID   int
		Note string
	}{1, "note"}
	fmt.Printf("%+v %T\n", anon, anon)
	var anon2 struct {
		ID   int
		Note string
	}
	anon2 = anon
	fmt.Println(anon2 == anon)

	points := []struct{ X, Y int }{{1, 2}, {3, 4}, {5, 6}}
	total := 0
	for _, pt := range points {
		total += pt.X * pt.Y
	}
	fmt.Println(total)
	for i := range points {
		points[i].X = 0
	}
	fmt.Println(points)

	var e1, e2 Empty
	fmt.Println(e1 == e2, fmt.Sprint(e1))

	people := map[string]Person{"a": {Name: "A"}}
	tmp := people["a"]
	tmp.Age = 7
	people["a"] = tmp
	fmt.Println(people["a"].Age)

	ptrs := []*Person{{Name: "P1"}, {Name: "P2"}}
	for _, pr := range ptrs {
		pr.Age = len(pr.Name) * 10
	}
	fmt.Println(*ptrs[0], ptrs[1].Age)

	type node struct {
		val  int
		next *node
	}
	list := &node{1, &node{2, &node{3, nil}}}
	for n := list; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	np := new(Person)
	np.Tags = append(np.Tags, "new")
	fmt.Printf("%+v\n", *np)
}
