// Conway's Game of Life on a small toroidal grid, with pattern detection
// (still lifes, oscillators) and population statistics.
package main

import (
	"fmt"
	"strings"
)

const (
	W = 20
	H = 10
)

type Grid [H][W]bool

func Parse(rows ...string) Grid {
	var g Grid
	for y, row := range rows {
		for x, c := range row {
			if c == '#' {
				g[y][x] = true
			}
		}
	}
	return g
}

func (g *Grid) Place(pattern []string, ox, oy int) {
	for y, row := range pattern {
		for x, c := range row {
			g[(oy+y)%H][(ox+x)%W] = c == '#'
		}
	}
}

func (g Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			if g[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.Neighbors(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) Population() int {
	p := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
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

// Period returns the smallest p <= limit with step^p(g) == g, or 0.
func Period(g Grid, limit int) int {
	cur := g
	for p := 1; p <= limit; p++ {
		cur = cur.Step()
		if cur == g {
			return p
		}
	}
	return 0
}

var (
	glider  = []string{".#.", "..#", "###"}
	blinker = []string{"###"}
	block   = []string{"##", "##"}
	toad    = []string{".###", "###."}
	beacon  = []string{"##..", "##..", "..##", "..##"}
)

func main() {
	patterns := []struct {
		name string
		p    []string
	}{{"block", block}, {"blinker", blinker}, {"toad", toad}, {"beacon", beacon}, {"glider", glider}}
	for _, pt := range patterns {
		var g Grid
		g.Place(pt.p, 5, 3)
		fmt.Printf("%-8s population=%d period=%d\n", pt.name, g.Population(), Period(g, 100))
	}

	var g Grid
	g.Place(glider, 1, 1)
	g.Place(blinker, 12, 2)
	g.Place(block, 16, 7)
	fmt.Print("generation 0:\n", g)
	history := map[Grid]int{g: 0}
	pops := []int{g.Population()}
	for gen := 1; gen <= 60; gen++ {
		g = g.Step()
		pops = append(pops, g.Population())
		if gen == 4 || gen == 17 {
			fmt.Printf("generation %d:\n%s", gen, g)
		}
		if first, ok := history[g]; ok {
			fmt.Printf("state at generation %d repeats generation %d\n", gen, first)
			break
		}
		history[g] = gen
	}
	fmt.Println("populations:", pops)
	glide := Parse("", ".#.", "..#", "###")
	moved := glide
	for i := 0; i < 4; i++ {
		moved = moved.Step()
	}
	var shifted Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			shifted[(y+1)%H][(x+1)%W] = glide[y][x]
		}
	}
	fmt.Println("glider moves diagonally by 1 every 4 steps:", moved == shifted)
}
