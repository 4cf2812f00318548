// A JSON-like value model with a parser, a pretty printer with sorted keys,
// a compact encoder with string escaping, and path queries.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Value interface{}

type parser struct {
	s   string
	pos int
}

var errEnd = errors.New("unexpected end of input")

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) value() (Value, error) {
	p.ws()
	if p.pos >= len(p.s) {
		return nil, errEnd
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't' && strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true, nil
	case c == 'f' && strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false, nil
	case c == 'n' && strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil, nil
	case c == '-' || (c >= '0' && c <= '9'):
		start := p.pos
		p.pos++
		for p.pos < len(p.s) && strings.IndexByte("0123456789.eE+-", p.s[p.pos]) >= 0 {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %q", p.s[start:p.pos])
		}
		return f, nil
	default:
		return nil, fmt.Errorf("unexpected %q at offset %d", c, p.pos)
	}
}

func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	var sb strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		switch c {
		case '"':
			p.pos++
			return sb.String(), nil
		case '\\':
			p.pos++
			if p.pos >= len(p.s) {
				return "", errEnd
			}
			switch e := p.s[p.pos]; e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				if p.pos+5 > len(p.s) {
					return "", errEnd
				}
				n, err := strconv.ParseUint(p.s[p.pos+1:p.pos+5], 16, 32)
				if err != nil {
					return "", err
				}
				sb.WriteRune(rune(n))
				p.pos += 4
			default:
				sb.WriteByte(e)
			}
			p.pos++
		default:
			sb.WriteByte(c)
			p.pos++
		}
	}
	return "", errEnd
}

func (p *parser) array() ([]Value, error) {
	p.pos++
	arr := []Value{}
	p.ws()
	if p.pos < len(p.s) && p.s[p.pos] == ']' {
		p.pos++
		return arr, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
		p.ws()
		if p.pos >= len(p.s) {
			return nil, errEnd
		}
		if p.s[p.pos] == ']' {
			p.pos++
			return arr, nil
		}
		if p.s[p.pos] != ',' {
			return nil, fmt.Errorf("expected , or ] at offset %d", p.pos)
		}
		p.pos++
	}
}

func (p *parser) object() (map[string]Value, error) {
	p.pos++
	obj := map[string]Value{}
	for {
		p.ws()
		if p.pos < len(p.s) && p.s[p.pos] == '}' {
			p.pos++
			return obj, nil
		}
		if p.pos >= len(p.s) || p.s[p.pos] != '"' {
			return nil, fmt.Errorf("expected key at offset %d", p.pos)
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.ws()
		if p.pos >= len(p.s) || p.s[p.pos] != ':' {
			return nil, fmt.Errorf("expected : at offset %d", p.pos)
		}
		p.pos++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		obj[k] = v
		p.ws()
		if p.pos < len(p.s) && p.s[p.pos] == ',' {
			p.pos++
		}
	}
}

func Parse(s string) (Value, error) {
	p := &parser{s: s}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.ws()
	if p.pos != len(p.s) {
		return nil, fmt.Errorf("trailing data at offset %d", p.pos)
	}
	return v, nil
}

func quote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r < 0x20 || r >= utf8.RuneSelf:
			fmt.Fprintf(&sb, `\u%04x`, r)
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func sortedKeys(m map[string]Value) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func encode(v Value, sb *strings.Builder, indent string, depth int) {
	nl := func(d int) {
		if indent != "" {
			sb.WriteByte('\n')
			sb.WriteString(strings.Repeat(indent, d))
		}
	}
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case string:
		sb.WriteString(quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			nl(depth + 1)
			encode(e, sb, indent, depth+1)
		}
		nl(depth)
		sb.WriteByte(']')
	case map[string]Value:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		sb.WriteByte('{')
		for i, k := range sortedKeys(x) {
			if i > 0 {
				sb.WriteByte(',')
			}
			nl(depth + 1)
			sb.WriteString(quote(k))
			sb.WriteByte(':')
			if indent != "" {
				sb.WriteByte(' ')
			}
			encode(x[k], sb, indent, depth+1)
		}
		nl(depth)
		sb.WriteByte('}')
	default:
		sb.WriteString(quote(fmt.Sprint(x)))
	}
}

func Encode(v Value, indent string) string {
	var sb strings.Builder
	encode(v, &sb, indent, 0)
	return sb.String()
}

func Get(v Value, path string) (Value, error) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]Value:
			next, ok := x[part]
			if !ok {
				return nil, fmt.Errorf("no key %q", part)
			}
			v = next
		case []Value:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, fmt.Errorf("bad index %q", part)
			}
			v = x[i]
		default:
			return nil, fmt.Errorf("cannot index %T with %q", v, part)
		}
	}
	return v, nil
}

func main() {
	doc := `{"name": "weft", "version": 1.5, "tags": ["go", "interp\u00e9ter", "c++"],
	  "nested": {"ok": true, "none": null, "list": [1, 2, {"deep": "x\ty"}], "empty": {}},
	  "quote": "say \"hi\"\n", "neg": -12e-1, "arr": []}`
	v, err := Parse(doc)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	fmt.Println(Encode(v, ""))
	fmt.Println(Encode(v, "  "))
	for _, path := range []string{"name", "tags.1", "nested.list.2.deep", "nested.none", "nested.list.5", "name.x", "missing"} {
		got, err := Get(v, path)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", path, err)
		} else {
			fmt.Printf("%-20s %s\n", path, Encode(got, ""))
		}
	}
	built := map[string]Value{
		"ints":  []Value{1, 2, 3},
		"mixed": []Value{"a", nil, false, 2.5, map[string]Value{"z": 1, "a": 2}},
		"text":  "multi\nline ☃",
	}
	fmt.Println(Encode(built, "\t"))
	for _, bad := range []string{`{"a": }`, `[1, 2`, `"open`, `{"a" 1}`, `[1] x`, `tru`} {
		_, err := Parse(bad)
		fmt.Printf("%-10s -> %v\n", bad, err)
	}
	round, _ := Parse(Encode(v, "  "))
	fmt.Println(Encode(round, "") == Encode(v, ""))
}
