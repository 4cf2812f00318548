// A small regular-expression engine (Thompson-style NFA simulation) supporting
// literals, '.', character classes, '*', '+', '?', alternation and groups,
// compared against expected results; plus a glob matcher.
package main

import (
	"errors"
	"fmt"
	"strings"
)

// AST
type node interface{}
type lit rune
type anyChar struct{}
type class struct {
	negate bool
	ranges [][2]rune
}
type concat []node
type alt []node
type star struct{ n node }
type plus struct{ n node }
type quest struct{ n node }

type parser struct {
	src []rune
	pos int
}

func (p *parser) more() bool { return p.pos < len(p.src) }
func (p *parser) peek() rune { return p.src[p.pos] }

func (p *parser) parseAlt() (node, error) {
	var branches []node
	for {
		c, err := p.parseConcat()
		if err != nil {
			return nil, err
		}
		branches = append(branches, c)
		if !p.more() || p.peek() != '|' {
			break
		}
		p.pos++
	}
	if len(branches) == 1 {
		return branches[0], nil
	}
	return alt(branches), nil
}

func (p *parser) parseConcat() (node, error) {
	var items concat
	for p.more() && p.peek() != '|' && p.peek() != ')' {
		atom, err := p.parseAtom()
		if err != nil {
			return nil, err
		}
		for p.more() && strings.ContainsRune("*+?", p.peek()) {
			switch p.peek() {
			case '*':
				atom = star{atom}
			case '+':
				atom = plus{atom}
			case '?':
				atom = quest{atom}
			}
			p.pos++
		}
		items = append(items, atom)
	}
	return items, nil
}

func (p *parser) parseAtom() (node, error) {
	c := p.peek()
	p.pos++
	switch c {
	case '.':
		return anyChar{}, nil
	case '(':
		n, err := p.parseAlt()
		if err != nil {
			return nil, err
		}
		if !p.more() || p.peek() != ')' {
			return nil, errors.New("missing )")
		}
		p.pos++
		return n, nil
	case '[':
		cl := class{}
		if p.more() && p.peek() == '^' {
			cl.negate = true
			p.pos++
		}
		for p.more() && p.peek() != ']' {
			lo := p.peek()
			p.pos++
			hi := lo
			if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' {
				hi = p.src[p.pos+1]
				p.pos += 2
			}
			cl.ranges = append(cl.ranges, [2]rune{lo, hi})
		}
		if !p.more() {
			return nil, errors.New("missing ]")
		}
		p.pos++
		return cl, nil
	case '*', '+', '?':
		return nil, fmt.Errorf("missing operand for %c", c)
	case '\\':
		if !p.more() {
			return nil, errors.New("trailing backslash")
		}
		e := p.peek()
		p.pos++
		return lit(e), nil
	}
	return lit(c), nil
}

// NFA states
type state struct {
	match  func(rune) bool // nil for epsilon/split/accept
	out    []*state
	accept bool
}

type frag struct {
	start *state
	outs  []**state // dangling pointers to patch
}

func patch(outs []**state, s *state) {
	for _, o := range outs {
		*o = s
	}
}

func single(match func(rune) bool) frag {
	s := &state{match: match, out: make([]*state, 1)}
	return frag{s, []**state{&s.out[0]}}
}

func compile(n node) frag {
	switch n := n.(type) {
	case lit:
		return single(func(r rune) bool { return r == rune(n) })
	case anyChar:
		return single(func(r rune) bool { return r != '\n' })
	case class:
		return single(func(r rune) bool {
			in := false
			for _, rg := range n.ranges {
				if r >= rg[0] && r <= rg[1] {
					in = true
				}
			}
			return in != n.negate
		})
	case concat:
		if len(n) == 0 {
			s := &state{out: make([]*state, 1)}
			return frag{s, []**state{&s.out[0]}}
		}
		f := compile(n[0])
		for _, m := range n[1:] {
			g := compile(m)
			patch(f.outs, g.start)
			f.outs = g.outs
		}
		return f
	case alt:
		s := &state{}
		var outs []**state
		for _, b := range n {
			f := compile(b)
			s.out = append(s.out, f.start)
			outs = append(outs, f.outs...)
		}
		return frag{s, outs}
	case star:
		f := compile(n.n)
		s := &state{out: []*state{f.start, nil}}
		patch(f.outs, s)
		return frag{s, []**state{&s.out[1]}}
	case plus:
		f := compile(n.n)
		s := &state{out: []*state{f.start, nil}}
		patch(f.outs, s)
		return frag{f.start, []**state{&s.out[1]}}
	case quest:
		f := compile(n.n)
		s := &state{out: []*state{f.start, nil}}
		return frag{s, append(f.outs, &s.out[1])}
	}
	panic(fmt.Sprintf("unknown node %T", n))
}

type Regexp struct {
	start *state
	src   string
}

func Compile(src string) (*Regexp, error) {
	p := &parser{src: []rune(src)}
	n, err := p.parseAlt()
	if err != nil {
		return nil, fmt.Errorf("regexp %q: %w", src, err)
	}
	if p.more() {
		return nil, fmt.Errorf("regexp %q: unexpected )", src)
	}
	f := compile(n)
	patch(f.outs, &state{accept: true})
	return &Regexp{f.start, src}, nil
}

func addState(set map[*state]bool, list *[]*state, s *state) {
	if s == nil || set[s] {
		return
	}
	set[s] = true
	if s.match == nil && !s.accept {
		for _, o := range s.out {
			addState(set, list, o)
		}
		return
	}
	*list = append(*list, s)
}

// MatchString reports whether the whole string matches.
func (re *Regexp) MatchString(s string) bool {
	var cur []*state
	addState(map[*state]bool{}, &cur, re.start)
	for _, r := range s {
		var next []*state
		seen := map[*state]bool{}
		for _, st := range cur {
			if st.match != nil && st.match(r) {
				addState(seen, &next, st.out[0])
			}
		}
		cur = next
	}
	for _, st := range cur {
		if st.accept {
			return true
		}
	}
	return false
}

func glob(pattern, s string) bool {
	if pattern == "" {
		return s == ""
	}
	switch pattern[0] {
	case '*':
		for i := 0; i <= len(s); i++ {
			if glob(pattern[1:], s[i:]) {
				return true
			}
		}
		return false
	case '?':
		return s != "" && glob(pattern[1:], s[1:])
	}
	return s != "" && s[0] == pattern[0] && glob(pattern[1:], s[1:])
}

func main() {
	tests := []struct {
		re    string
		input string
		want  bool
	}{
		{"abc", "abc", true}, {"abc", "abd", false}, {"a.c", "axc", true},
		{"a*", "", true}, {"a*", "aaaa", true}, {"a+", "", false}, {"a+b", "aaab", true},
		{"colou?r", "color", true}, {"colou?r", "colour", true}, {"colou?r", "colouur", false},
		{"(ab)*c", "ababc", true}, {"(ab)*c", "abac", false}, {"cat|dog", "dog", true},
		{"(cat|dog)s?", "cats", true}, {"[a-c]+x", "abcabx", true}, {"[^0-9]+", "abc", true},
		{"[^0-9]+", "ab3", false}, {"[0-9]+(\\.[0-9]+)?", "3.14", true}, {"[0-9]+(\\.[0-9]+)?", "3.", false},
		{"(a|b)*abb", "babaabb", true}, {"(a|b)*abb", "ababab", false}, {"h.llo wor.d", "héllo world", true},
		{"(a*)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false}, {"x(y|)z", "xz", true},
	}
	fails := 0
	for _, t := range tests {
		re, err := Compile(t.re)
		if err != nil {
			fmt.Println("compile error:", err)
			fails++
			continue
		}
		got := re.MatchString(t.input)
		mark := "ok"
		if got != t.want {
			mark = "MISMATCH"
			fails++
		}
		fmt.Printf("%-22q %-34q %-5v %s\n", t.re, t.input, got, mark)
	}
	fmt.Println("failures:", fails)
	for _, bad := range []string{"(ab", "a)", "*a", "[ab", "ab\\"} {
		_, err := Compile(bad)
		fmt.Println(err)
	}
	for _, g := range [][2]string{{"*.go", "main.go"}, {"*.go", "main.c"}, {"a?c*", "abcdef"}, {"*a*b*", "xxaxxbxx"}, {"?", ""}} {
		fmt.Printf("glob(%q, %q) = %v\n", g[0], g[1], glob(g[0], g[1]))
	}
}
