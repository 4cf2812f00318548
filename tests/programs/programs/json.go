// A JSON-ish parser, pretty printer, query language and re-serializer.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Kind int

const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

func (k Kind) String() string {
	return [...]string{"null", "bool", "number", "string", "array", "object"}[k]
}

type Value struct {
	Kind Kind
	B    bool
	N    float64
	S    string
	A    []*Value
	O    map[string]*Value
	Keys []string // insertion order
}

type ParseError struct {
	Offset int
	Line   int
	Msg    string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d offset %d: %s", e.Line, e.Offset, e.Msg)
}

type parser struct {
	src  string
	pos  int
	line int
}

func (p *parser) fail(format string, args ...interface{}) {
	panic(&ParseError{p.pos, p.line, fmt.Sprintf(format, args...)})
}

func (p *parser) skipWS() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case '\n':
			p.line++
			p.pos++
		case ' ', '\t', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) peek() byte {
	p.skipWS()
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expect(c byte) {
	if p.peek() != c {
		if p.pos >= len(p.src) {
			p.fail("expected %q, got end of input", c)
		}
		p.fail("expected %q, got %q", c, p.src[p.pos])
	}
	p.pos++
}

func (p *parser) value() *Value {
	switch c := p.peek(); {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return &Value{Kind: String, S: p.str()}
	case c == 't' || c == 'f' || c == 'n':
		return p.literal()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 0:
		p.fail("unexpected end of input")
	default:
		p.fail("unexpected character %q", c)
	}
	return nil
}

func (p *parser) literal() *Value {
	for _, lit := range []struct {
		text string
		v    *Value
	}{{"true", &Value{Kind: Bool, B: true}}, {"false", &Value{Kind: Bool}}, {"null", &Value{Kind: Null}}} {
		if strings.HasPrefix(p.src[p.pos:], lit.text) {
			p.pos += len(lit.text)
			return lit.v
		}
	}
	p.fail("invalid literal")
	return nil
}

func (p *parser) number() *Value {
	start := p.pos
	if p.src[p.pos] == '-' {
		p.pos++
	}
	for p.pos < len(p.src) && strings.IndexByte("0123456789.eE+-", p.src[p.pos]) >= 0 {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.src[start:p.pos], 64)
	if err != nil {
		p.fail("bad number %q", p.src[start:p.pos])
	}
	return &Value{Kind: Number, N: f}
}

func (p *parser) str() string {
	p.expect('"')
	var sb strings.Builder
	for {
		if p.pos >= len(p.src) {
			p.fail("unterminated string")
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			return sb.String()
		case c == '\\':
			p.pos++
			if p.pos >= len(p.src) {
				p.fail("bad escape")
			}
			e := p.src[p.pos]
			switch e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case '"', '\\', '/':
				sb.WriteByte(e)
			case 'u':
				if p.pos+5 > len(p.src) {
					p.fail("short unicode escape")
				}
				n, err := strconv.ParseUint(p.src[p.pos+1:p.pos+5], 16, 32)
				if err != nil {
					p.fail("bad unicode escape: %v", err)
				}
				sb.WriteRune(rune(n))
				p.pos += 4
			default:
				p.fail("unknown escape \\%c", e)
			}
			p.pos++
		default:
			r, size := utf8.DecodeRuneInString(p.src[p.pos:])
			sb.WriteRune(r)
			p.pos += size
		}
	}
}

func (p *parser) array() *Value {
	p.expect('[')
	v := &Value{Kind: Array}
	if p.peek() == ']' {
		p.pos++
		return v
	}
	for {
		v.A = append(v.A, p.value())
		if p.peek() == ',' {
			p.pos++
			continue
		}
		p.expect(']')
		return v
	}
}

func (p *parser) object() *Value {
	p.expect('{')
	v := &Value{Kind: Object, O: map[string]*Value{}}
	if p.peek() == '}' {
		p.pos++
		return v
	}
	for {
		if p.peek() != '"' {
			p.fail("object key must be a string")
		}
		k := p.str()
		p.expect(':')
		if _, dup := v.O[k]; !dup {
			v.Keys = append(v.Keys, k)
		}
		v.O[k] = p.value()
		if p.peek() == ',' {
			p.pos++
			continue
		}
		p.expect('}')
		return v
	}
}

func Parse(src string) (v *Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*ParseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	p := &parser{src: src, line: 1}
	v = p.value()
	if p.peek() != 0 {
		p.fail("trailing data")
	}
	return v, nil
}

func quote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&sb, `\u%04x`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func fmtNum(f float64) string {
	if f == float64(int64(f)) && f < 1e15 && f > -1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func (v *Value) Compact(sortKeys bool) string {
	switch v.Kind {
	case Null:
		return "null"
	case Bool:
		return strconv.FormatBool(v.B)
	case Number:
		return fmtNum(v.N)
	case String:
		return quote(v.S)
	case Array:
		parts := make([]string, len(v.A))
		for i, e := range v.A {
			parts[i] = e.Compact(sortKeys)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	keys := append([]string(nil), v.Keys...)
	if sortKeys {
		sort.Strings(keys)
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = quote(k) + ":" + v.O[k].Compact(sortKeys)
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func (v *Value) pretty(sb *strings.Builder, indent int) {
	pad := strings.Repeat("  ", indent)
	switch v.Kind {
	case Array:
		if len(v.A) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range v.A {
			sb.WriteString(pad + "  ")
			e.pretty(sb, indent+1)
			if i < len(v.A)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case Object:
		if len(v.Keys) == 0 {
			sb.WriteString("{}")
			return
		}
		sb.WriteString("{\n")
		for i, k := range v.Keys {
			sb.WriteString(pad + "  " + quote(k) + ": ")
			v.O[k].pretty(sb, indent+1)
			if i < len(v.Keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		sb.WriteString(v.Compact(false))
	}
}

func (v *Value) Pretty() string {
	var sb strings.Builder
	v.pretty(&sb, 0)
	return sb.String()
}

var ErrNoPath = errors.New("path not found")

// Query supports paths like "a.b[2].c".
func (v *Value) Query(path string) (*Value, error) {
	cur := v
	for _, part := range strings.Split(path, ".") {
		name := part
		var idxs []int
		if i := strings.IndexByte(part, '['); i >= 0 {
			name = part[:i]
			for _, seg := range strings.Split(part[i+1:], "[") {
				n, err := strconv.Atoi(strings.TrimSuffix(seg, "]"))
				if err != nil {
					return nil, fmt.Errorf("bad index in %q: %w", part, err)
				}
				idxs = append(idxs, n)
			}
		}
		if name != "" {
			if cur.Kind != Object {
				return nil, fmt.Errorf("%q: not an object (%v): %w", name, cur.Kind, ErrNoPath)
			}
			next, ok := cur.O[name]
			if !ok {
				return nil, fmt.Errorf("key %q: %w", name, ErrNoPath)
			}
			cur = next
		}
		for _, n := range idxs {
			if cur.Kind != Array || n < 0 || n >= len(cur.A) {
				return nil, fmt.Errorf("index %d: %w", n, ErrNoPath)
			}
			cur = cur.A[n]
		}
	}
	return cur, nil
}

func stats(v *Value, counts map[Kind]int, depth int, maxDepth *int) {
	counts[v.Kind]++
	if depth > *maxDepth {
		*maxDepth = depth
	}
	for _, e := range v.A {
		stats(e, counts, depth+1, maxDepth)
	}
	for _, k := range v.Keys {
		stats(v.O[k], counts, depth+1, maxDepth)
	}
}

const doc = `{
  "name": "weft",
  "version": 1.5,
  "tags": ["go", "interpreter", "c++"],
  "author": {"first": "Ada", "last": "Lovelace", "born": 1815},
  "matrix": [[1, 2], [3, 4], []],
  "active": true,
  "parent": null,
  "escaped": "tab\there \"quoted\" \u00e9\u4e16 slash\/",
  "numbers": [0, -1, 2.5e3, 1e-3, 123456789012],
  "zeta": {}, "alpha": {"nested": {"deep": [true, false, null]}}
}`

func main() {
	v, err := Parse(doc)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(v.Pretty())
	fmt.Println(v.Compact(false))
	fmt.Println(v.Compact(true))
	for _, q := range []string{"name", "author.first", "tags[1]", "matrix[1][0]", "alpha.nested.deep[2]", "numbers[3]", "tags[9]", "author.middle", "name.x", "matrix[x]"} {
		r, err := v.Query(q)
		if err != nil {
			fmt.Printf("%-22s error: %v (notfound=%v)\n", q, err, errors.Is(err, ErrNoPath))
			continue
		}
		fmt.Printf("%-22s %s (%v)\n", q, r.Compact(true), r.Kind)
	}
	counts := map[Kind]int{}
	maxDepth := 0
	stats(v, counts, 0, &maxDepth)
	fmt.Println(counts, "max depth", maxDepth)
	bad := []string{`{"a": 1,}`, `[1, 2`, `{"a" 1}`, `"unterminated`, `tru`, `{"a": 1} x`, `[1, 2]]`, "{\n\"k\":\n  @}", `"\q"`, `-`, ``}
	for _, b := range bad {
		_, err := Parse(b)
		var pe *ParseError
		fmt.Printf("%-16q => %v (is ParseError: %v)\n", b, err, errors.As(err, &pe))
	}
	round, _ := Parse(v.Compact(true))
	fmt.Println(round.Compact(true) == v.Compact(true))
}
