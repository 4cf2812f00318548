package main

import (
	"fmt"
	"sort"
)

type Point [2]int

func main() {
	visited := map[Point]bool{}
	moves := []Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	pos := Point{0, 0}
	path := "RRUULDDDLLU"
	dir := map[byte]int{'U': 0, 'R': 1, 'D': 2, 'L': 3}
	visited[pos] = true
	revisits := 0
	for i := 0; i < len(path); i++ {
		m := moves[dir[path[i]]]
		pos = Point{pos[0] + m[0], pos[1] + m[1]}
		if visited[pos] {
			revisits++
		}
		visited[pos] = true
	}
	fmt.Println(len(visited), revisits, pos)
	fmt.Println(visited)
	pts := make([]Point, 0, len(visited))
	for p := range visited {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i][0] != pts[j][0] {
			return pts[i][0] < pts[j][0]
		}
		return pts[i][1] < pts[j][1]
	})
	fmt.Println(pts)
	counts := map[[3]string]int{}
	words := []string{"a", "b", "c", "a", "b", "c", "a", "b", "d"}
	for i := 0; i+2 < len(words); i++ {
		counts[[3]string{words[i], words[i+1], words[i+2]}]++
	}
	fmt.Println(counts)
	type S struct {
		Name string
		Pos  Point
	}
	sm := map[S]int{{"a", Point{1, 2}}: 1}
	sm[S{"a", Point{1, 2}}]++
	sm[S{"b", Point{1, 2}}]++
	fmt.Println(sm)
}
