// Struct embedding: promoted fields and methods, shadowing, interfaces.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Dog
	Name string // shadows Dog.Animal.Name
}

type Sounder interface{ Sound() string }
type Describer interface{ Describe() string }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Wrapped struct {
	Counter
	label string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe(), d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name)

	var s Sounder = d
	var ds Describer = d
	fmt.Println(s.Sound(), ds.Describe())
	var s2 Sounder = d.Animal
	fmt.Println(s2.Sound())

	svc := Service{Logger: &Logger{"[svc] "}, Dog: d, Name: "api"}
	svc.Log("started " + svc.Name + " with " + svc.Dog.Name)
	fmt.Println(svc.Legs, svc.Sound(), svc.Describe())

	w := Wrapped{label: "w"}
	w.Inc()
	w.Inc()
	w.Counter.Inc()
	fmt.Println(w.n, w.label)
	pw := &w
	pw.Inc()
	fmt.Println(pw.n)

	type Inner struct{ X int }
	type Outer struct {
		Inner
		X int
	}
	o := Outer{Inner{1}, 2}
	fmt.Println(o.X, o.Inner.X)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%+v\n", d)
}
