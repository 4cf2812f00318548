// Huffman coding with a hand-written binary heap, canonical codes, bit
// packing into bytes, decoding, and run-length / LZ-style comparisons.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Sym         rune
	Freq        int
	Left, Right *Node
	order       int // tie-breaker for determinism
}

func (n *Node) Leaf() bool { return n.Left == nil && n.Right == nil }

type Heap []*Node

func less(a, b *Node) bool {
	if a.Freq != b.Freq {
		return a.Freq < b.Freq
	}
	return a.order < b.order
}

func (h *Heap) Push(n *Node) {
	*h = append(*h, n)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !less((*h)[i], (*h)[p]) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *Heap) Pop() *Node {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(*h) && less((*h)[l], (*h)[m]) {
			m = l
		}
		if r < len(*h) && less((*h)[r], (*h)[m]) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func frequencies(s string) map[rune]int {
	f := map[rune]int{}
	for _, r := range s {
		f[r]++
	}
	return f
}

func BuildTree(freq map[rune]int) *Node {
	syms := make([]rune, 0, len(freq))
	for r := range freq {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	h := &Heap{}
	order := 0
	for _, r := range syms {
		h.Push(&Node{Sym: r, Freq: freq[r], order: order})
		order++
	}
	if len(*h) == 1 {
		only := h.Pop()
		return &Node{Freq: only.Freq, Left: only, order: order}
	}
	for len(*h) > 1 {
		a, b := h.Pop(), h.Pop()
		h.Push(&Node{Freq: a.Freq + b.Freq, Left: a, Right: b, order: order})
		order++
	}
	return h.Pop()
}

func codeLengths(n *Node, depth int, out map[rune]int) {
	if n == nil {
		return
	}
	if n.Leaf() {
		if depth == 0 {
			depth = 1
		}
		out[n.Sym] = depth
		return
	}
	codeLengths(n.Left, depth+1, out)
	codeLengths(n.Right, depth+1, out)
}

type Code struct {
	Bits uint32
	Len  int
}

func (c Code) String() string { return fmt.Sprintf("%0*b", c.Len, c.Bits) }

// Canonical Huffman: sort by (length, symbol) and assign increasing codes.
func Canonical(lengths map[rune]int) (map[rune]Code, []rune) {
	syms := make([]rune, 0, len(lengths))
	for r := range lengths {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool {
		if lengths[syms[i]] != lengths[syms[j]] {
			return lengths[syms[i]] < lengths[syms[j]]
		}
		return syms[i] < syms[j]
	})
	codes := map[rune]Code{}
	var code uint32
	prevLen := 0
	for _, s := range syms {
		l := lengths[s]
		code <<= uint(l - prevLen)
		codes[s] = Code{code, l}
		code++
		prevLen = l
	}
	return codes, syms
}

type BitWriter struct {
	buf   []byte
	nbits int
}

func (w *BitWriter) Write(c Code) {
	for i := c.Len - 1; i >= 0; i-- {
		if w.nbits%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if c.Bits>>uint(i)&1 == 1 {
			w.buf[len(w.buf)-1] |= 1 << uint(7-w.nbits%8)
		}
		w.nbits++
	}
}

var ErrCorrupt = errors.New("corrupt bitstream")

func Decode(buf []byte, nbits int, codes map[rune]Code) (string, error) {
	lookup := map[Code]rune{}
	for r, c := range codes {
		lookup[c] = r
	}
	var sb strings.Builder
	var cur Code
	for i := 0; i < nbits; i++ {
		bit := buf[i/8] >> uint(7-i%8) & 1
		cur = Code{cur.Bits<<1 | uint32(bit), cur.Len + 1}
		if r, ok := lookup[cur]; ok {
			sb.WriteRune(r)
			cur = Code{}
		} else if cur.Len > 24 {
			return sb.String(), fmt.Errorf("at bit %d: %w", i, ErrCorrupt)
		}
	}
	if cur.Len != 0 {
		return sb.String(), fmt.Errorf("%d trailing bits: %w", cur.Len, ErrCorrupt)
	}
	return sb.String(), nil
}

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(&sb, "%d", j-i)
		}
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func compress(name, text string) {
	fmt.Printf("== %s (%d runes, %d bytes)\n", name, len([]rune(text)), len(text))
	freq := frequencies(text)
	tree := BuildTree(freq)
	lengths := map[rune]int{}
	codeLengths(tree, 0, lengths)
	codes, order := Canonical(lengths)
	for _, r := range order {
		fmt.Printf("  %q freq=%-3d code=%s\n", r, freq[r], codes[r])
	}
	w := &BitWriter{}
	for _, r := range text {
		w.Write(codes[r])
	}
	fmt.Printf("  encoded: %d bits in %d bytes (%.1f%% of original)\n", w.nbits, len(w.buf), 100*float64(len(w.buf))/float64(len(text)))
	show := w.buf
	if len(show) > 12 {
		show = show[:12]
	}
	fmt.Printf("  first bytes: % x\n", show)
	dec, err := Decode(w.buf, w.nbits, codes)
	fmt.Println("  roundtrip ok:", dec == text, err)
	_, err = Decode(w.buf, w.nbits-1, codes)
	fmt.Println("  truncated:", err, errors.Is(err, ErrCorrupt))
	fmt.Printf("  rle: %q\n", rle(text))
}

func main() {
	compress("abracadabra", "abracadabra")
	compress("single", "aaaaaaa")
	compress("pangram", "the quick brown fox jumps over the lazy dog")
	compress("unicode", "ααββγγγδδδδ εεεεε!")
	compress("runs", "aaaabbbccd")
}
