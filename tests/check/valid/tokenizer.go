// A tokenizer for a Go-like language: identifiers, keywords, numbers
// (decimal, hex, float), strings with escapes, runes, comments, operators;
// followed by a few statistics over the token stream.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Keyword
	Int
	Float
	String
	Char
	Comment
	Operator
	Illegal
)

func (k Kind) String() string {
	switch k {
	case EOF:
		return "EOF"
	case Ident:
		return "IDENT"
	case Keyword:
		return "KEYWORD"
	case Int:
		return "INT"
	case Float:
		return "FLOAT"
	case String:
		return "STRING"
	case Char:
		return "CHAR"
	case Comment:
		return "COMMENT"
	case Operator:
		return "OP"
	}
	return "ILLEGAL"
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos  Pos
}

var keywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var") {
		keywords[k] = true
	}
}

// Operators, longest first so that maximal munch works.
var operators = []string{
	"<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=",
	":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
	"+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]",
	"{", "}", ",", ";", ".", ":",
}

type Scanner struct {
	src       string
	off       int
	line, col int
}

func NewScanner(src string) *Scanner { return &Scanner{src: src, line: 1, col: 1} }

func (s *Scanner) peek(n int) byte {
	if s.off+n < len(s.src) {
		return s.src[s.off+n]
	}
	return 0
}

func (s *Scanner) advance(n int) {
	for i := 0; i < n && s.off < len(s.src); i++ {
		if s.src[s.off] == '\n' {
			s.line++
			s.col = 1
		} else if s.src[s.off] < utf8.RuneSelf || utf8.RuneStart(s.src[s.off]) {
			s.col++
		}
		s.off++
	}
}

func isLetter(r rune) bool { return r == '_' || unicode.IsLetter(r) }

func (s *Scanner) Next() Token {
	for s.off < len(s.src) && strings.IndexByte(" \t\r\n", s.src[s.off]) >= 0 {
		s.advance(1)
	}
	start := Pos{s.line, s.col}
	if s.off >= len(s.src) {
		return Token{EOF, "", start}
	}
	begin := s.off
	r, size := utf8.DecodeRuneInString(s.src[s.off:])
	tok := func(k Kind) Token { return Token{k, s.src[begin:s.off], start} }
	switch {
	case isLetter(r):
		for s.off < len(s.src) {
			r, size = utf8.DecodeRuneInString(s.src[s.off:])
			if !isLetter(r) && !unicode.IsDigit(r) {
				break
			}
			s.advance(size)
		}
		if keywords[s.src[begin:s.off]] {
			return tok(Keyword)
		}
		return tok(Ident)
	case unicode.IsDigit(r) || (r == '.' && unicode.IsDigit(rune(s.peek(1)))):
		return s.number(begin, start)
	case r == '"' || r == '`':
		s.advance(1)
		for s.off < len(s.src) && rune(s.src[s.off]) != r {
			if r == '"' && s.src[s.off] == '\\' {
				s.advance(1)
			}
			if r == '"' && s.src[s.off] == '\n' {
				return tok(Illegal)
			}
			s.advance(1)
		}
		if s.off >= len(s.src) {
			return tok(Illegal)
		}
		s.advance(1)
		return tok(String)
	case r == '\'':
		s.advance(1)
		if s.peek(0) == '\\' {
			s.advance(2)
		} else {
			_, sz := utf8.DecodeRuneInString(s.src[s.off:])
			s.advance(sz)
		}
		if s.peek(0) != '\'' {
			return tok(Illegal)
		}
		s.advance(1)
		return tok(Char)
	case r == '/' && s.peek(1) == '/':
		for s.off < len(s.src) && s.src[s.off] != '\n' {
			s.advance(1)
		}
		return tok(Comment)
	case r == '/' && s.peek(1) == '*':
		end := strings.Index(s.src[s.off+2:], "*/")
		if end < 0 {
			s.advance(len(s.src) - s.off)
			return tok(Illegal)
		}
		s.advance(end + 4)
		return tok(Comment)
	}
	for _, op := range operators {
		if strings.HasPrefix(s.src[s.off:], op) {
			s.advance(len(op))
			return tok(Operator)
		}
	}
	s.advance(size)
	return tok(Illegal)
}

func (s *Scanner) number(begin int, start Pos) Token {
	kind := Int
	if s.peek(0) == '0' && (s.peek(1) == 'x' || s.peek(1) == 'X') {
		s.advance(2)
		for strings.IndexByte("0123456789abcdefABCDEF_", s.peek(0)) >= 0 && s.peek(0) != 0 {
			s.advance(1)
		}
		return Token{kind, s.src[begin:s.off], start}
	}
	digits := func() {
		for s.peek(0) != 0 && strings.IndexByte("0123456789_", s.peek(0)) >= 0 {
			s.advance(1)
		}
	}
	digits()
	if s.peek(0) == '.' {
		kind = Float
		s.advance(1)
		digits()
	}
	if s.peek(0) == 'e' || s.peek(0) == 'E' {
		kind = Float
		s.advance(1)
		if s.peek(0) == '+' || s.peek(0) == '-' {
			s.advance(1)
		}
		digits()
	}
	return Token{kind, s.src[begin:s.off], start}
}

const source = `package main

// Compute things.
func main() {
	x := 0x1F + 1_000 * 2.5e-3
	var s string = "tab\there \"quoted\""
	r := '\n' + 'é'
	/* block
	   comment */ for i := 0; i < 10; i++ {
		x <<= 2; y &^= x
		ch <- x
	}
	raw := ` + "`raw\nstring`" + `
	über := .5 + 3.
	bad := 1 @ 2
}
`

func main() {
	sc := NewScanner(source)
	counts := map[Kind]int{}
	idents := map[string]int{}
	for {
		t := sc.Next()
		counts[t.Kind]++
		fmt.Printf("%-6s %-8s %q\n", t.Pos, t.Kind, t.Text)
		if t.Kind == Ident {
			idents[t.Text]++
		}
		if t.Kind == EOF {
			break
		}
	}
	var kinds []Kind
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	for _, k := range kinds {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range idents {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list[:5] {
		fmt.Printf("%s:%d ", e.k, e.v)
	}
	fmt.Println()
}
