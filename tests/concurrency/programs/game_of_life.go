package main

import (
	"fmt"
	"strings"
	"sync"
)

// Conway's game of life with one goroutine per band of rows per generation, and a
// barrier (WaitGroup) between generations.

type Grid [][]bool

func parse(rows ...string) Grid {
	g := make(Grid, len(rows))
	for i, r := range rows {
		g[i] = make([]bool, len(r))
		for j, c := range r {
			g[i][j] = c == '#'
		}
	}
	return g
}

func (g Grid) alive(i, j int) bool {
	h, w := len(g), len(g[0])
	return g[(i+h)%h][(j+w)%w]
}

func (g Grid) neighbours(i, j int) int {
	n := 0
	for di := -1; di <= 1; di++ {
		for dj := -1; dj <= 1; dj++ {
			if (di != 0 || dj != 0) && g.alive(i+di, j+dj) {
				n++
			}
		}
	}
	return n
}

func step(g Grid, bands int) Grid {
	next := make(Grid, len(g))
	for i := range next {
		next[i] = make([]bool, len(g[i]))
	}
	var wg sync.WaitGroup
	per := (len(g) + bands - 1) / bands
	for b := 0; b < bands; b++ {
		lo, hi := b*per, (b+1)*per
		if hi > len(g) {
			hi = len(g)
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				for j := range g[i] {
					n := g.neighbours(i, j)
					next[i][j] = n == 3 || (n == 2 && g[i][j])
				}
			}
		}(lo, hi)
	}
	wg.Wait()
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) count() int {
	n := 0
	for _, r := range g {
		for _, c := range r {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	g := parse(
		"..........",
		"...#......",
		"....#.....",
		"..###.....",
		"..........",
		"..........",
		"......##..",
		"......##..",
		"..........",
		"..........",
	)
	for gen := 0; gen <= 4; gen++ {
		if gen%2 == 0 {
			fmt.Printf("generation %d (%d alive)\n%s", gen, g.count(), g)
		}
		g = step(g, 3)
	}
	// Parallel and sequential stepping agree over many generations.
	a, b := g, g
	for i := 0; i < 40; i++ {
		a = step(a, 1)
		b = step(b, 7)
	}
	fmt.Println("1 band == 7 bands after 40 generations:", a.String() == b.String(), a.count())
}
