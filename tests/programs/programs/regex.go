// A backtracking regular-expression engine supporting literals, '.',
// character classes with ranges and negation, escapes (\d \w \s),
// anchors, groups with alternation, and the quantifiers * + ? {m,n}
// (greedy and lazy). Includes a parser with error reporting.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type nodeKind int

const (
	nLit nodeKind = iota
	nAny
	nClass
	nStart
	nEnd
	nGroup
	nAlt
	nConcat
	nRepeat
)

type node struct {
	kind     nodeKind
	r        rune
	ranges   [][2]rune
	negate   bool
	subs     []*node
	min, max int // max -1 = unbounded
	lazy     bool
	group    int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("regex syntax error at %d: %s", e.Pos, e.Msg) }

type parser struct {
	src    []rune
	pos    int
	groups int
}

func (p *parser) fail(msg string) { panic(&SyntaxError{p.pos, msg}) }

func (p *parser) more() bool { return p.pos < len(p.src) }
func (p *parser) peek() rune { return p.src[p.pos] }

func (p *parser) alt() *node {
	branches := []*node{p.concat()}
	for p.more() && p.peek() == '|' {
		p.pos++
		branches = append(branches, p.concat())
	}
	if len(branches) == 1 {
		return branches[0]
	}
	return &node{kind: nAlt, subs: branches}
}

func (p *parser) concat() *node {
	n := &node{kind: nConcat}
	for p.more() && p.peek() != '|' && p.peek() != ')' {
		n.subs = append(n.subs, p.repeat())
	}
	return n
}

func (p *parser) repeat() *node {
	atom := p.atom()
	for p.more() {
		min, max := -2, -2
		switch p.peek() {
		case '*':
			min, max = 0, -1
		case '+':
			min, max = 1, -1
		case '?':
			min, max = 0, 1
		case '{':
			end := strings.IndexRune(string(p.src[p.pos:]), '}')
			if end < 0 {
				p.fail("unterminated {")
			}
			body := string(p.src[p.pos+1 : p.pos+len([]rune(string(p.src[p.pos:])[:end]))])
			parts := strings.SplitN(body, ",", 2)
			var err error
			if min, err = strconv.Atoi(parts[0]); err != nil {
				p.fail("bad repeat count " + strconv.Quote(body))
			}
			max = min
			if len(parts) == 2 {
				if parts[1] == "" {
					max = -1
				} else if max, err = strconv.Atoi(parts[1]); err != nil || max < min {
					p.fail("bad repeat range " + strconv.Quote(body))
				}
			}
			p.pos += len([]rune(body)) + 1
		}
		if min == -2 {
			return atom
		}
		if atom.kind == nStart || atom.kind == nEnd {
			p.fail("nothing to repeat")
		}
		p.pos++
		lazy := false
		if p.more() && p.peek() == '?' {
			lazy = true
			p.pos++
		}
		atom = &node{kind: nRepeat, subs: []*node{atom}, min: min, max: max, lazy: lazy}
	}
	return atom
}

func classFor(c rune) (*node, bool) {
	switch c {
	case 'd':
		return &node{kind: nClass, ranges: [][2]rune{{'0', '9'}}}, true
	case 'w':
		return &node{kind: nClass, ranges: [][2]rune{{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {'_', '_'}}}, true
	case 's':
		return &node{kind: nClass, ranges: [][2]rune{{' ', ' '}, {'\t', '\t'}, {'\n', '\n'}, {'\r', '\r'}}}, true
	}
	return nil, false
}

func (p *parser) atom() *node {
	c := p.peek()
	p.pos++
	switch c {
	case '.':
		return &node{kind: nAny}
	case '^':
		return &node{kind: nStart}
	case '$':
		return &node{kind: nEnd}
	case '(':
		p.groups++
		g := p.groups
		inner := p.alt()
		if !p.more() || p.peek() != ')' {
			p.fail("missing )")
		}
		p.pos++
		return &node{kind: nGroup, subs: []*node{inner}, group: g}
	case ')':
		p.pos--
		p.fail("unexpected )")
	case '*', '+', '?', '{':
		p.pos--
		p.fail("nothing to repeat")
	case '\\':
		if !p.more() {
			p.fail("trailing backslash")
		}
		e := p.peek()
		p.pos++
		if n, ok := classFor(e); ok {
			return n
		}
		if e == 'n' {
			return &node{kind: nLit, r: '\n'}
		}
		return &node{kind: nLit, r: e}
	case '[':
		n := &node{kind: nClass}
		if p.more() && p.peek() == '^' {
			n.negate = true
			p.pos++
		}
		first := true
		for {
			if !p.more() {
				p.fail("unterminated [")
			}
			ch := p.peek()
			if ch == ']' && !first {
				p.pos++
				break
			}
			first = false
			p.pos++
			if ch == '\\' && p.more() {
				e := p.peek()
				p.pos++
				if cls, ok := classFor(e); ok {
					n.ranges = append(n.ranges, cls.ranges...)
					continue
				}
				ch = e
			}
			if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' {
				hi := p.src[p.pos+1]
				if hi < ch {
					p.fail(fmt.Sprintf("invalid range %c-%c", ch, hi))
				}
				n.ranges = append(n.ranges, [2]rune{ch, hi})
				p.pos += 2
				continue
			}
			n.ranges = append(n.ranges, [2]rune{ch, ch})
		}
		return n
	}
	return &node{kind: nLit, r: c}
}

type Regex struct {
	root   *node
	groups int
	src    string
}

func Compile(pattern string) (re *Regex, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	p := &parser{src: []rune(pattern)}
	root := p.alt()
	if p.more() {
		p.fail("unexpected )")
	}
	return &Regex{root, p.groups, pattern}, nil
}

type matcher struct {
	input []rune
	caps  []int
	steps int
}

// match tries node n at position i, then calls k with the new position.
func (m *matcher) match(n *node, i int, k func(int) bool) bool {
	m.steps++
	switch n.kind {
	case nLit:
		return i < len(m.input) && m.input[i] == n.r && k(i+1)
	case nAny:
		return i < len(m.input) && m.input[i] != '\n' && k(i+1)
	case nClass:
		if i >= len(m.input) {
			return false
		}
		in := false
		for _, r := range n.ranges {
			if m.input[i] >= r[0] && m.input[i] <= r[1] {
				in = true
				break
			}
		}
		return in != n.negate && k(i+1)
	case nStart:
		return i == 0 && k(i)
	case nEnd:
		return i == len(m.input) && k(i)
	case nGroup:
		oldS, oldE := m.caps[2*n.group], m.caps[2*n.group+1]
		if m.match(n.subs[0], i, func(j int) bool {
			ps, pe := m.caps[2*n.group], m.caps[2*n.group+1]
			m.caps[2*n.group], m.caps[2*n.group+1] = i, j
			if k(j) {
				return true
			}
			m.caps[2*n.group], m.caps[2*n.group+1] = ps, pe
			return false
		}) {
			return true
		}
		m.caps[2*n.group], m.caps[2*n.group+1] = oldS, oldE
		return false
	case nAlt:
		for _, s := range n.subs {
			if m.match(s, i, k) {
				return true
			}
		}
		return false
	case nConcat:
		return m.seq(n.subs, i, k)
	case nRepeat:
		return m.rep(n, 0, i, -1, k)
	}
	return false
}

func (m *matcher) seq(subs []*node, i int, k func(int) bool) bool {
	if len(subs) == 0 {
		return k(i)
	}
	return m.match(subs[0], i, func(j int) bool { return m.seq(subs[1:], j, k) })
}

func (m *matcher) rep(n *node, count, i, last int, k func(int) bool) bool {
	if i == last { // empty iteration: stop looping
		return count >= n.min && k(i)
	}
	canMore := n.max < 0 || count < n.max
	more := func() bool {
		return canMore && m.match(n.subs[0], i, func(j int) bool { return m.rep(n, count+1, j, i, k) })
	}
	if count < n.min {
		return more()
	}
	if n.lazy {
		return k(i) || more()
	}
	return more() || k(i)
}

// Find returns the leftmost match and its capture groups.
func (re *Regex) Find(s string) ([]string, int, bool) {
	m := &matcher{input: []rune(s)}
	for start := 0; start <= len(m.input); start++ {
		m.caps = make([]int, 2*(re.groups+1))
		for i := range m.caps {
			m.caps[i] = -1
		}
		end := -1
		if m.match(re.root, start, func(j int) bool { end = j; return true }) {
			out := []string{string(m.input[start:end])}
			for g := 1; g <= re.groups; g++ {
				if m.caps[2*g] < 0 {
					out = append(out, "<nil>")
				} else {
					out = append(out, string(m.input[m.caps[2*g]:m.caps[2*g+1]]))
				}
			}
			return out, m.steps, true
		}
	}
	return nil, m.steps, false
}

func (re *Regex) FindAll(s string) []string {
	var out []string
	rs := []rune(s)
	for off := 0; off <= len(rs); {
		got, _, ok := re.Find(string(rs[off:]))
		if !ok {
			break
		}
		idx := strings.Index(string(rs[off:]), got[0])
		out = append(out, got[0])
		adv := len([]rune(string(rs[off:])[:idx])) + len([]rune(got[0]))
		if len(got[0]) == 0 {
			adv++
		}
		off += adv
	}
	return out
}

func main() {
	tests := []struct{ pattern, input string }{
		{"abc", "xxabcxx"},
		{"a.c", "abc adc a\nc"},
		{"^ab+c$", "abbbc"},
		{"^ab+c$", "ac"},
		{"colou?r", "the color red"},
		{"(\\d+)-(\\d+)", "call 555-1234 now"},
		{"[a-c]+", "xxcabbagexx"},
		{"[^aeiou ]+", "queue of programmers"},
		{"(cat|dog)s?", "hotdogs and cats"},
		{"a{2,3}", "caaaaandy"},
		{"a{2,}?", "caaaaandy"},
		{"<.+>", "<b>bold</b>"},
		{"<.+?>", "<b>bold</b>"},
		{"(a|ab)(c|bcd)(d*)", "abcd"},
		{"^(\\w+)@(\\w+)\\.com$", "gopher@golang.com"},
		{"(x)?y", "y"},
		{"(a*)*b", "aaab"},
		{"\\s+", "no-spaces"},
		{"ü+ber", "Güüber alles"},
		{"[0-9a-fA-F]{4}", "color #1a2B3c"},
		{"", "anything"},
	}
	for _, t := range tests {
		re, err := Compile(t.pattern)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", t.pattern, err)
			continue
		}
		got, steps, ok := re.Find(t.input)
		if !ok {
			fmt.Printf("%-22q on %-26q no match (%d steps)\n", t.pattern, t.input, steps)
			continue
		}
		fmt.Printf("%-22q on %-26q match %q groups %q\n", t.pattern, t.input, got[0], got[1:])
	}
	for _, bad := range []string{"a(b", "a)b", "*a", "a{3,1}", "[z-a]", "[abc", "a\\", "a{x}", "^*"} {
		_, err := Compile(bad)
		var se *SyntaxError
		fmt.Printf("%-10q %v (syntax=%v)\n", bad, err, errors.As(err, &se))
	}
	re, _ := Compile("\\d+")
	fmt.Println(re.FindAll("a1b22c333d4444"))
	re, _ = Compile("[A-Z][a-z]*")
	fmt.Println(re.FindAll("Alice met Bob and Carol in Denver"))
	re, _ = Compile("x*")
	fmt.Printf("%q\n", re.FindAll("axxb"))
}
