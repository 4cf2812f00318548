package main

import "fmt"

type Shape interface{ Sides() int }
type Tri struct{}
type Quad struct{}

func (Tri) Sides() int  { return 3 }
func (Quad) Sides() int { return 4 }

func main() {
	// switch on function results, with init and no tag
	for i := 0; i < 6; i++ {
		switch r := i * i; {
		case r > 10:
			fmt.Println(i, "big", r)
		case r%2 == 0:
			fmt.Println(i, "even", r)
		default:
			fmt.Println(i, "odd", r)
		}
	}
	// switch on interface values
	shapes := []Shape{Tri{}, Quad{}, nil}
	for _, s := range shapes {
		switch s {
		case Tri{}:
			fmt.Println("a triangle")
		case Quad{}:
			fmt.Println("a quad")
		case nil:
			fmt.Println("nothing")
		}
	}
	// switch on runes with ranges via conditions
	for _, r := range "a1 Z?" {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			fmt.Printf("%q letter\n", r)
		case '0' <= r && r <= '9':
			fmt.Printf("%q digit\n", r)
		case r == ' ':
			fmt.Printf("%q space\n", r)
		default:
			fmt.Printf("%q other\n", r)
		}
	}
	// break out of a for from inside a switch with a label
	n := 0
L:
	for {
		switch {
		case n > 100:
			break L
		case n%7 == 3:
			n += 11
		default:
			n += 5
		}
	}
	fmt.Println("n", n)
	// switch with no matching case and no default does nothing
	switch 5 {
	case 1, 2, 3:
		fmt.Println("small")
	}
	// switch on bool constant
	switch true {
	case n > 1000:
		fmt.Println("huge")
	case n > 50:
		fmt.Println("medium")
	}
	// type switch with shadowing of outer variable
	var v interface{} = 2.5
	switch v := v.(type) {
	case float64:
		fmt.Println("float", v*2)
	}
	fmt.Println(v)
}
