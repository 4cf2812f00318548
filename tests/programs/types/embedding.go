package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Sound() string     { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Puppy struct {
	*Dog
	Age int
}

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Name string
}

type Base struct{ ID int }

func (b Base) Ident() string { return fmt.Sprint("base-", b.ID) }

type Mid struct {
	Base
	ID string // shadows Base.ID
}

type Top struct {
	Mid
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.SetName("Max")
	fmt.Println(d.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	p := Puppy{&d, 1}
	p.SetName("Tiny")
	fmt.Println(d.Name, p.Name, p.Describe(), p.Sound())
	s := Service{&Logger{}, "svc"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(s.lines, len(s.Logger.lines))
	t := Top{Mid{Base{7}, "mid"}}
	fmt.Println(t.ID, t.Base.ID, t.Mid.Base.ID, t.Ident())
	fmt.Printf("%+v\n", t)
	// method value from promoted method
	f := d.Describe
	d.Legs = 3
	fmt.Println(f(), d.Describe())
	// method sets: *Dog has SetName and Describe
	type Namer interface{ SetName(string) }
	var n Namer = &d
	n.SetName("Via iface")
	fmt.Println(d.Name)
}
