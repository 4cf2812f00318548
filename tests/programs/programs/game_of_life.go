// Conway's Game of Life on a toroidal grid and on an unbounded sparse set,
// with pattern loading, generation statistics, and cycle detection.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{w: w, h: h, cells: make([][]bool, h)}
	for y := range g.cells {
		g.cells[y] = make([]bool, w)
	}
	return g
}

func (g *Grid) Load(x0, y0 int, pattern string) {
	for dy, row := range strings.Split(strings.Trim(pattern, "\n"), "\n") {
		for dx, c := range row {
			if c == '#' || c == 'O' {
				g.Set(x0+dx, y0+dy, true)
			}
		}
	}
}

func (g *Grid) wrap(x, y int) (int, int) {
	return ((x % g.w) + g.w) % g.w, ((y % g.h) + g.h) % g.h
}

func (g *Grid) Set(x, y int, v bool) {
	x, y = g.wrap(x, y)
	g.cells[y][x] = v
}

func (g *Grid) Alive(x, y int) bool {
	x, y = g.wrap(x, y)
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.cells[y][x]
			next.cells[y][x] = n == 3 || alive && n == 2
		}
	}
	return next
}

func (g *Grid) Population() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
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

func (g *Grid) Key() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('1')
			} else {
				sb.WriteByte('0')
			}
		}
	}
	return sb.String()
}

// ---------- sparse, unbounded ----------

type Cell struct{ X, Y int }

type Sparse map[Cell]bool

func (s Sparse) Step() Sparse {
	counts := map[Cell]int{}
	for c := range s {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[Cell{c.X + dx, c.Y + dy}]++
				}
			}
		}
	}
	next := Sparse{}
	for c, n := range counts {
		if n == 3 || n == 2 && s[c] {
			next[c] = true
		}
	}
	return next
}

func (s Sparse) Bounds() (minX, minY, maxX, maxY int) {
	first := true
	for c := range s {
		if first {
			minX, maxX, minY, maxY = c.X, c.X, c.Y, c.Y
			first = false
			continue
		}
		if c.X < minX {
			minX = c.X
		}
		if c.X > maxX {
			maxX = c.X
		}
		if c.Y < minY {
			minY = c.Y
		}
		if c.Y > maxY {
			maxY = c.Y
		}
	}
	return
}

func (s Sparse) Sorted() []Cell {
	out := make([]Cell, 0, len(s))
	for c := range s {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Y != out[j].Y {
			return out[i].Y < out[j].Y
		}
		return out[i].X < out[j].X
	})
	return out
}

const glider = `
.#.
..#
###`

const blinker = `###`

const toad = `
.###
###.`

const rpent = `
.##
##.
.#.`

func main() {
	g := NewGrid(10, 8)
	g.Load(1, 1, glider)
	g.Load(6, 5, blinker)
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d, population %d\n%s", gen, g.Population(), g)
		g = g.Step()
	}
	// cycle detection on a toroidal grid
	t := NewGrid(6, 6)
	t.Load(1, 2, toad)
	seen := map[string]int{}
	for gen := 0; gen < 20; gen++ {
		k := t.Key()
		if prev, ok := seen[k]; ok {
			fmt.Printf("toad: cycle detected at generation %d (period %d)\n", gen, gen-prev)
			break
		}
		seen[k] = gen
		t = t.Step()
	}
	// glider on the torus returns to its start after 4*w steps
	tor := NewGrid(8, 8)
	tor.Load(0, 0, glider)
	start := tor.Key()
	steps := 0
	for {
		tor = tor.Step()
		steps++
		if tor.Key() == start || steps > 100 {
			break
		}
	}
	fmt.Println("glider returns after", steps, "steps")
	// sparse R-pentomino evolution
	s := Sparse{}
	for y, row := range strings.Split(strings.Trim(rpent, "\n"), "\n") {
		for x, c := range row {
			if c == '#' {
				s[Cell{x, y}] = true
			}
		}
	}
	for gen := 1; gen <= 60; gen++ {
		s = s.Step()
		if gen%10 == 0 {
			x0, y0, x1, y1 := s.Bounds()
			fmt.Printf("r-pentomino gen %d: population %d, bounds (%d,%d)-(%d,%d)\n", gen, len(s), x0, y0, x1, y1)
		}
	}
	cells := s.Sorted()
	fmt.Println("first cells:", cells[:6])
	// still lifes stay put
	block := Sparse{{0, 0}: true, {1, 0}: true, {0, 1}: true, {1, 1}: true}
	fmt.Println("block stable:", len(block.Step()) == 4, block.Step()[Cell{1, 1}])
}
