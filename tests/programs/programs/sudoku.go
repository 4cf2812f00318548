// A sudoku solver using bitmask candidates, constraint propagation (naked
// singles and hidden singles) and backtracking with the MRV heuristic.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Board [81]int

var ErrInvalid = errors.New("invalid puzzle")
var ErrUnsolvable = errors.New("no solution")

type Solver struct {
	b          Board
	rows       [9]uint16
	cols       [9]uint16
	boxes      [9]uint16
	guesses    int
	propagated int
}

func box(r, c int) int { return r/3*3 + c/3 }

func Parse(s string) (Board, error) {
	var b Board
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == ' ' || r == '|' || r == '-' || r == '+' {
			return -1
		}
		return r
	}, s)
	if len(s) != 81 {
		return b, fmt.Errorf("%w: %d cells", ErrInvalid, len(s))
	}
	for i, ch := range s {
		switch {
		case ch == '.' || ch == '0':
		case ch >= '1' && ch <= '9':
			b[i] = int(ch - '0')
		default:
			return b, fmt.Errorf("%w: bad character %q at %d", ErrInvalid, ch, i)
		}
	}
	return b, nil
}

func NewSolver(b Board) (*Solver, error) {
	s := &Solver{}
	for i, v := range b {
		if v != 0 {
			if !s.place(i, v) {
				return nil, fmt.Errorf("%w: conflict at r%dc%d", ErrInvalid, i/9+1, i%9+1)
			}
		}
	}
	return s, nil
}

func (s *Solver) place(i, v int) bool {
	r, c := i/9, i%9
	bit := uint16(1) << v
	if s.rows[r]&bit != 0 || s.cols[c]&bit != 0 || s.boxes[box(r, c)]&bit != 0 {
		return false
	}
	s.b[i] = v
	s.rows[r] |= bit
	s.cols[c] |= bit
	s.boxes[box(r, c)] |= bit
	return true
}

func (s *Solver) unplace(i int) {
	r, c := i/9, i%9
	bit := uint16(1) << s.b[i]
	s.rows[r] &^= bit
	s.cols[c] &^= bit
	s.boxes[box(r, c)] &^= bit
	s.b[i] = 0
}

func (s *Solver) candidates(i int) uint16 {
	r, c := i/9, i%9
	return ^(s.rows[r] | s.cols[c] | s.boxes[box(r, c)]) & 0x3FE
}

func popcount(x uint16) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func lowest(x uint16) int {
	for v := 1; v <= 9; v++ {
		if x&(1<<v) != 0 {
			return v
		}
	}
	return 0
}

// propagate fills forced cells; returns placed cells and false on contradiction.
func (s *Solver) propagate() ([]int, bool) {
	var placed []int
	for changed := true; changed; {
		changed = false
		for i := 0; i < 81; i++ {
			if s.b[i] != 0 {
				continue
			}
			cand := s.candidates(i)
			switch popcount(cand) {
			case 0:
				return placed, false
			case 1:
				s.place(i, lowest(cand))
				placed = append(placed, i)
				s.propagated++
				changed = true
			}
		}
		// hidden singles in rows
		for r := 0; r < 9; r++ {
			for v := 1; v <= 9; v++ {
				if s.rows[r]&(1<<v) != 0 {
					continue
				}
				spot, count := -1, 0
				for c := 0; c < 9; c++ {
					i := r*9 + c
					if s.b[i] == 0 && s.candidates(i)&(1<<v) != 0 {
						spot = i
						count++
					}
				}
				if count == 0 {
					return placed, false
				}
				if count == 1 {
					s.place(spot, v)
					placed = append(placed, spot)
					s.propagated++
					changed = true
				}
			}
		}
	}
	return placed, true
}

func (s *Solver) Solve() bool {
	placed, ok := s.propagate()
	undo := func() {
		for j := len(placed) - 1; j >= 0; j-- {
			s.unplace(placed[j])
		}
	}
	if !ok {
		undo()
		return false
	}
	best, bestCount := -1, 10
	for i := 0; i < 81; i++ {
		if s.b[i] == 0 {
			if n := popcount(s.candidates(i)); n < bestCount {
				best, bestCount = i, n
			}
		}
	}
	if best < 0 {
		return true
	}
	cand := s.candidates(best)
	for v := 1; v <= 9; v++ {
		if cand&(1<<v) == 0 {
			continue
		}
		s.guesses++
		s.place(best, v)
		if s.Solve() {
			return true
		}
		s.unplace(best)
	}
	undo()
	return false
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			v := b[r*9+c]
			if v == 0 {
				sb.WriteString(". ")
			} else {
				fmt.Fprintf(&sb, "%d ", v)
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func (b Board) Valid() bool {
	for i := 0; i < 9; i++ {
		var r, c, x uint16
		for j := 0; j < 9; j++ {
			r |= 1 << b[i*9+j]
			c |= 1 << b[j*9+i]
			x |= 1 << b[(i/3*3+j/3)*9+i%3*3+j%3]
		}
		if r != 0x3FE || c != 0x3FE || x != 0x3FE {
			return false
		}
	}
	return true
}

func solve(name, puzzle string) {
	fmt.Println("==", name)
	b, err := Parse(puzzle)
	if err != nil {
		fmt.Println("parse error:", err, errors.Is(err, ErrInvalid))
		return
	}
	s, err := NewSolver(b)
	if err != nil {
		fmt.Println("setup error:", err)
		return
	}
	if !s.Solve() {
		fmt.Println("error:", ErrUnsolvable, "guesses:", s.guesses)
		return
	}
	fmt.Print(s.b)
	fmt.Printf("valid=%v guesses=%d propagated=%d\n", s.b.Valid(), s.guesses, s.propagated)
}

func main() {
	solve("easy", `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`)
	solve("hard", `
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..`)
	solve("conflict", strings.Repeat("11.......", 1)+strings.Repeat(".", 72))
	solve("short", "123")
	solve("badchar", "x"+strings.Repeat(".", 80))
	solve("unsolvable", `
12345678.
........9
.........
.........
.........
.........
.........
.........
.........`)
}
