// A tokenizer for a Go-like language: identifiers, keywords, numbers
// (decimal, hex, octal, binary, floats with exponents, underscores),
// strings (interpreted and raw), runes, comments, operators (longest match),
// automatic semicolon insertion and error recovery.
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
	ILLEGAL Kind = iota
	EOF
	COMMENT
	IDENT
	KEYWORD
	INT
	FLOAT
	STRING
	CHAR
	OPERATOR
	SEMI
)

var kindStr = map[Kind]string{
	ILLEGAL: "ILLEGAL", EOF: "EOF", COMMENT: "COMMENT", IDENT: "IDENT", KEYWORD: "KEYWORD",
	INT: "INT", FLOAT: "FLOAT", STRING: "STRING", CHAR: "CHAR", OPERATOR: "OP", SEMI: "SEMI",
}

func (k Kind) String() string { return kindStr[k] }

var keywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var") {
		keywords[k] = true
	}
}

var operators = []string{
	"<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
	"+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos  Pos
}

type Scanner struct {
	src      string
	off      int
	line     int
	lineOff  int
	lastKind Kind
	lastText string
	errors   []string
}

func NewScanner(src string) *Scanner { return &Scanner{src: src, line: 1} }

func (s *Scanner) pos() Pos { return Pos{s.line, s.off - s.lineOff + 1} }

func (s *Scanner) errorf(p Pos, format string, args ...interface{}) {
	s.errors = append(s.errors, fmt.Sprintf("%v: %s", p, fmt.Sprintf(format, args...)))
}

func (s *Scanner) needSemi() bool {
	switch s.lastKind {
	case IDENT, INT, FLOAT, STRING, CHAR:
		return true
	case KEYWORD:
		return s.lastText == "break" || s.lastText == "continue" || s.lastText == "fallthrough" || s.lastText == "return"
	case OPERATOR:
		return s.lastText == "++" || s.lastText == "--" || s.lastText == ")" || s.lastText == "]" || s.lastText == "}"
	}
	return false
}

func (s *Scanner) Next() Token {
	tok := s.scan()
	if tok.Kind != COMMENT {
		s.lastKind, s.lastText = tok.Kind, tok.Text
	}
	return tok
}

func isLetter(r rune) bool { return r == '_' || unicode.IsLetter(r) }
func isDigit(r rune) bool  { return r >= '0' && r <= '9' }

func (s *Scanner) scan() Token {
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == '\n' {
			p := s.pos()
			semi := s.needSemi()
			s.off++
			s.line++
			s.lineOff = s.off
			if semi {
				return Token{SEMI, "\\n", p}
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' {
			s.off++
			continue
		}
		break
	}
	p := s.pos()
	if s.off >= len(s.src) {
		if s.needSemi() {
			s.lastKind = SEMI
			return Token{SEMI, "EOF", p}
		}
		return Token{EOF, "", p}
	}
	rest := s.src[s.off:]
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case strings.HasPrefix(rest, "//"):
		end := strings.IndexByte(rest, '\n')
		if end < 0 {
			end = len(rest)
		}
		s.off += end
		return Token{COMMENT, rest[:end], p}
	case strings.HasPrefix(rest, "/*"):
		end := strings.Index(rest[2:], "*/")
		if end < 0 {
			s.errorf(p, "comment not terminated")
			s.off = len(s.src)
			return Token{ILLEGAL, rest, p}
		}
		text := rest[:end+4]
		for _, ch := range text {
			if ch == '\n' {
				s.line++
			}
		}
		if nl := strings.LastIndexByte(text, '\n'); nl >= 0 {
			s.lineOff = s.off + nl + 1
		}
		s.off += len(text)
		return Token{COMMENT, text, p}
	case isLetter(r):
		start := s.off
		for s.off < len(s.src) {
			r, size := utf8.DecodeRuneInString(s.src[s.off:])
			if !isLetter(r) && !unicode.IsDigit(r) {
				break
			}
			s.off += size
		}
		word := s.src[start:s.off]
		if keywords[word] {
			return Token{KEYWORD, word, p}
		}
		return Token{IDENT, word, p}
	case isDigit(r) || r == '.' && len(rest) > 1 && isDigit(rune(rest[1])):
		return s.number(p)
	case r == '"':
		i := 1
		for i < len(rest) && rest[i] != '"' && rest[i] != '\n' {
			if rest[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(rest) || rest[i] != '"' {
			s.errorf(p, "string literal not terminated")
			s.off += i
			return Token{ILLEGAL, rest[:i], p}
		}
		s.off += i + 1
		return Token{STRING, rest[:i+1], p}
	case r == '`':
		end := strings.IndexByte(rest[1:], '`')
		if end < 0 {
			s.errorf(p, "raw string literal not terminated")
			s.off = len(s.src)
			return Token{ILLEGAL, rest, p}
		}
		text := rest[:end+2]
		s.line += strings.Count(text, "\n")
		if nl := strings.LastIndexByte(text, '\n'); nl >= 0 {
			s.lineOff = s.off + nl + 1
		}
		s.off += len(text)
		return Token{STRING, text, p}
	case r == '\'':
		i := 1
		n := 0
		for i < len(rest) && rest[i] != '\'' && rest[i] != '\n' {
			if rest[i] == '\\' {
				i++
			}
			_, sz := utf8.DecodeRuneInString(rest[i:])
			i += sz
			n++
		}
		if i >= len(rest) || rest[i] != '\'' {
			s.errorf(p, "rune literal not terminated")
			s.off += i
			return Token{ILLEGAL, rest[:i], p}
		}
		if n != 1 {
			s.errorf(p, "illegal rune literal %s", rest[:i+1])
		}
		s.off += i + 1
		return Token{CHAR, rest[:i+1], p}
	}
	for _, op := range operators {
		if strings.HasPrefix(rest, op) {
			s.off += len(op)
			if op == ";" {
				return Token{SEMI, ";", p}
			}
			return Token{OPERATOR, op, p}
		}
	}
	s.off += size
	s.errorf(p, "invalid character %U %q", r, r)
	return Token{ILLEGAL, string(r), p}
}

func (s *Scanner) number(p Pos) Token {
	start := s.off
	kind := INT
	digits := "0123456789_"
	if strings.HasPrefix(s.src[s.off:], "0x") || strings.HasPrefix(s.src[s.off:], "0X") {
		digits = "0123456789abcdefABCDEF_"
		s.off += 2
	} else if strings.HasPrefix(s.src[s.off:], "0b") || strings.HasPrefix(s.src[s.off:], "0B") {
		digits = "01_"
		s.off += 2
	} else if strings.HasPrefix(s.src[s.off:], "0o") || strings.HasPrefix(s.src[s.off:], "0O") {
		digits = "01234567_"
		s.off += 2
	}
	for s.off < len(s.src) && strings.IndexByte(digits, s.src[s.off]) >= 0 {
		s.off++
	}
	if s.off < len(s.src) && s.src[s.off] == '.' && len(digits) == 11 {
		kind = FLOAT
		s.off++
		for s.off < len(s.src) && strings.IndexByte(digits, s.src[s.off]) >= 0 {
			s.off++
		}
	}
	if s.off < len(s.src) && (s.src[s.off] == 'e' || s.src[s.off] == 'E') && len(digits) == 11 {
		kind = FLOAT
		s.off++
		if s.off < len(s.src) && (s.src[s.off] == '+' || s.src[s.off] == '-') {
			s.off++
		}
		expStart := s.off
		for s.off < len(s.src) && isDigit(rune(s.src[s.off])) {
			s.off++
		}
		if s.off == expStart {
			s.errorf(p, "exponent has no digits")
		}
	}
	text := s.src[start:s.off]
	if strings.Contains(text, "__") || strings.HasSuffix(text, "_") {
		s.errorf(p, "'_' must separate successive digits in %s", text)
	}
	return Token{kind, text, p}
}

const source = `package main

import "fmt"

// Point is a 2D point.
type Point struct {
	X, Y float64 /* coordinates */
}

func (p *Point) Scale(k float64) {
	p.X *= k
	p.Y *= k
}

func main() {
	nums := []int{0x1F, 0b1010, 0o17, 1_000_000, 42}
	f := 3.14e-2 + .5 + 1E6
	s := "hello\t\"world\""
	r := '\n'
	raw := ` + "`multi\nline`" + `
	x <<= 2; y &^= mask
	ch <- v
	if a >= b && !c || d != e {
		return
	}
	for i := range nums {
		i++
	}
	π := 3.14159
	é := "unicode ident"
	bad := 1__0 + 2e
	weird := @ # 'ab'
	unterminated := "oops
}
`

func main() {
	sc := NewScanner(source)
	counts := map[Kind]int{}
	var idents []string
	seen := map[string]bool{}
	for {
		tok := sc.Next()
		counts[tok.Kind]++
		fmt.Printf("%-6v %-8v %q\n", tok.Pos, tok.Kind, tok.Text)
		if tok.Kind == IDENT && !seen[tok.Text] {
			seen[tok.Text] = true
			idents = append(idents, tok.Text)
		}
		if tok.Kind == EOF {
			break
		}
	}
	fmt.Println("counts:", counts)
	sort.Strings(idents)
	fmt.Println("identifiers:", strings.Join(idents, " "))
	fmt.Println("errors:")
	for _, e := range sc.errors {
		fmt.Println("  " + e)
	}
}
