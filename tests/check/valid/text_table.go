// Formatting a text table with column alignment, padding and totals.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
)

type Table struct {
	headers []string
	aligns  []Align
	rows    [][]string
}

func pad(s string, width int, a Align) string {
	n := width - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	switch a {
	case Right:
		return strings.Repeat(" ", n) + s
	case Center:
		l := n / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", n-l)
	}
	return s + strings.Repeat(" ", n)
}

func (t *Table) AddRow(cells ...interface{}) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", v)
		case nil:
			row[i] = "-"
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.rows = append(t.rows, row)
}

func (t *Table) String() string {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if w := utf8.RuneCountInString(c); w > widths[i] {
				widths[i] = w
			}
		}
	}
	var sb strings.Builder
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	line := func(cells []string, header bool) {
		sb.WriteString("|")
		for i, c := range cells {
			a := t.aligns[i]
			if header {
				a = Center
			}
			sb.WriteString(" " + pad(c, widths[i], a) + " |")
		}
		sb.WriteString("\n")
	}
	sb.WriteString(sep + "\n")
	line(t.headers, true)
	sb.WriteString(sep + "\n")
	for _, r := range t.rows {
		line(r, false)
	}
	sb.WriteString(sep + "\n")
	return sb.String()
}

func main() {
	t := &Table{headers: []string{"Item", "Qty", "Price", "Note"}, aligns: []Align{Left, Right, Right, Left}}
	items := []struct {
		name  string
		qty   int
		price float64
		note  interface{}
	}{
		{"apple", 3, 0.5, "fresh"},
		{"crème brûlée", 1, 6.25, nil},
		{"bread", 12, 2.1, "day-old"},
		{"日本茶", 2, 9.99, true},
	}
	total := 0.0
	count := 0
	for _, it := range items {
		t.AddRow(it.name, it.qty, it.price, it.note)
		total += float64(it.qty) * it.price
		count += it.qty
	}
	t.AddRow("TOTAL", count, total, "")
	fmt.Print(t)
	fmt.Printf("[%s][%s][%s]\n", pad("ab", 6, Left), pad("ab", 6, Right), pad("ab", 7, Center))
	fmt.Printf("[%-8s][%8s][%-8.3s][%8.2f][%-8d]\n", "go", "go", "gopher", 3.14159, 42)
}
