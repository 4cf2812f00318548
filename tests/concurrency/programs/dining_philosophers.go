package main

import (
	"fmt"
	"sort"
	"sync"
)

// Dining philosophers with a butler (a buffered channel admitting at most four to the
// table) and forks as mutexes. Each philosopher eats a fixed number of times; the meal
// log is printed per philosopher, so output does not depend on interleaving.

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, butler chan struct{}, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		butler <- struct{}{}
		p.left.Lock()
		p.right.Lock()
		p.meals++
		log <- fmt.Sprintf("%s ate meal %d", p.name, p.meals)
		p.right.Unlock()
		p.left.Unlock()
		<-butler
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{id: i, name: n, left: forks[i], right: forks[(i+1)%len(names)]}
	}
	butler := make(chan struct{}, len(names)-1)
	log := make(chan string, 100)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, butler, log, &wg)
	}
	wg.Wait()
	close(log)
	perName := map[string][]string{}
	total := 0
	for line := range log {
		var name string
		fmt.Sscanf(line, "%s", &name)
		perName[name] = append(perName[name], line)
		total++
	}
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	for _, n := range sorted {
		for _, l := range perName[n] {
			fmt.Println(l)
		}
	}
	fmt.Println("meals served:", total)

	// Variant without a butler: resource ordering (always take the lower fork first).
	for _, p := range phils {
		p.meals = 0
		if p.id == len(names)-1 {
			p.left, p.right = p.right, p.left
		}
	}
	big := make(chan struct{}, len(names))
	log2 := make(chan string, 1000)
	for _, p := range phils {
		wg.Add(1)
		go p.dine(50, big, log2, &wg)
	}
	wg.Wait()
	close(log2)
	count := 0
	for range log2 {
		count++
	}
	for _, p := range phils {
		fmt.Printf("%s: %d meals\n", p.name, p.meals)
	}
	fmt.Println("ordered forks, meals:", count)
}
