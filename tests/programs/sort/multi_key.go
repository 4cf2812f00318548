package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Dept   string
	Name   string
	Salary int
	Age    int
}

type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	for _, l := range ms.less[:len(ms.less)-1] {
		switch {
		case l(p, q):
			return true
		case l(q, p):
			return false
		}
	}
	return ms.less[len(ms.less)-1](p, q)
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(emps []Employee) {
	ms.emps = emps
	sort.Sort(ms)
}

func main() {
	emps := []Employee{
		{"eng", "zoe", 120, 30}, {"ops", "yan", 90, 45}, {"eng", "amy", 120, 28},
		{"eng", "bob", 100, 35}, {"ops", "cat", 95, 29}, {"hr", "dan", 70, 50},
		{"hr", "eve", 70, 41}, {"eng", "fay", 150, 40}, {"ops", "gus", 90, 33},
	}
	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }
	name := func(a, b *Employee) bool { return a.Name < b.Name }
	age := func(a, b *Employee) bool { return a.Age < b.Age }
	OrderedBy(dept, salaryDesc, name).Sort(emps)
	for _, e := range emps {
		fmt.Printf("%-4s %-4s %4d %3d\n", e.Dept, e.Name, e.Salary, e.Age)
	}
	OrderedBy(age).Sort(emps)
	fmt.Println(emps)
	OrderedBy(salaryDesc, age).Sort(emps)
	fmt.Println(emps)
	// group by dept after sort
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	groups := map[string][]string{}
	var order []string
	for _, e := range emps {
		if _, ok := groups[e.Dept]; !ok {
			order = append(order, e.Dept)
		}
		groups[e.Dept] = append(groups[e.Dept], e.Name)
	}
	for _, d := range order {
		fmt.Println(d, groups[d])
	}
}
