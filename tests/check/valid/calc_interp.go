// A small interpreter for an expression language with variables, functions,
// if-expressions and user-defined functions: lexer, recursive-descent parser,
// AST and tree-walking evaluator.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	TNum TokKind = iota
	TIdent
	TOp
	TLParen
	TRParen
	TComma
	TEOF
)

var kindNames = map[TokKind]string{TNum: "num", TIdent: "ident", TOp: "op", TLParen: "(", TRParen: ")", TComma: ",", TEOF: "eof"}

func (k TokKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func lex(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(src) && (unicode.IsDigit(rune(src[i])) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{TNum, src[start:i], start})
		case unicode.IsLetter(c) || c == '_':
			start := i
			for i < len(src) && (unicode.IsLetter(rune(src[i])) || unicode.IsDigit(rune(src[i])) || src[i] == '_') {
				i++
			}
			toks = append(toks, Token{TIdent, src[start:i], start})
		case strings.ContainsRune("+-*/%^=<>!", c):
			if i+1 < len(src) && src[i+1] == '=' {
				toks = append(toks, Token{TOp, src[i : i+2], i})
				i += 2
			} else {
				toks = append(toks, Token{TOp, string(c), i})
				i++
			}
		case c == '(':
			toks = append(toks, Token{TLParen, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{TRParen, ")", i})
			i++
		case c == ',':
			toks = append(toks, Token{TComma, ",", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return append(toks, Token{TEOF, "", len(src)}), nil
}

// AST
type Node interface{ String() string }
type Num float64
type Var string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}
type Assign struct {
	Name string
	X    Node
}
type FuncDef struct {
	Name   string
	Params []string
	Body   Node
}

func (n Num) String() string    { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) String() string    { return string(v) }
func (u Unary) String() string  { return "(" + u.Op + u.X.String() + ")" }
func (b Binary) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}
func (a Assign) String() string { return a.Name + " = " + a.X.String() }
func (f FuncDef) String() string {
	return "def " + f.Name + "(" + strings.Join(f.Params, ", ") + ") = " + f.Body.String()
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}
func (p *Parser) expect(k TokKind) (Token, error) {
	t := p.next()
	if t.Kind != k {
		return t, fmt.Errorf("expected %v, got %v %q at %d", k, t.Kind, t.Text, t.Pos)
	}
	return t, nil
}

var precedence = map[string]int{"==": 1, "!=": 1, "<": 2, "<=": 2, ">": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "^": 5}

func (p *Parser) statement() (Node, error) {
	if t := p.peek(); t.Kind == TIdent && t.Text == "def" {
		p.next()
		name, err := p.expect(TIdent)
		if err != nil {
			return nil, err
		}
		if _, err := p.expect(TLParen); err != nil {
			return nil, err
		}
		var params []string
		for p.peek().Kind != TRParen {
			id, err := p.expect(TIdent)
			if err != nil {
				return nil, err
			}
			params = append(params, id.Text)
			if p.peek().Kind == TComma {
				p.next()
			}
		}
		p.next()
		if t := p.next(); t.Text != "=" {
			return nil, errors.New("expected = in def")
		}
		body, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		return FuncDef{name.Text, params, body}, nil
	}
	if p.peek().Kind == TIdent && p.toks[p.pos+1].Text == "=" {
		name := p.next().Text
		p.next()
		x, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		return Assign{name, x}, nil
	}
	return p.expr(0)
}

func (p *Parser) expr(minPrec int) (Node, error) {
	left, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		prec, ok := precedence[t.Text]
		if t.Kind != TOp || !ok || prec < minPrec {
			return left, nil
		}
		p.next()
		next := prec + 1
		if t.Text == "^" {
			next = prec // right associative
		}
		right, err := p.expr(next)
		if err != nil {
			return nil, err
		}
		left = Binary{t.Text, left, right}
	}
}

func (p *Parser) unary() (Node, error) {
	if t := p.peek(); t.Kind == TOp && (t.Text == "-" || t.Text == "!") {
		p.next()
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		return Unary{t.Text, x}, nil
	}
	return p.primary()
}

func (p *Parser) primary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case TNum:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, fmt.Errorf("bad number %q", t.Text)
		}
		return Num(f), nil
	case TIdent:
		if p.peek().Kind != TLParen {
			return Var(t.Text), nil
		}
		p.next()
		var args []Node
		for p.peek().Kind != TRParen {
			a, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			args = append(args, a)
			if p.peek().Kind == TComma {
				p.next()
			} else if p.peek().Kind != TRParen {
				return nil, fmt.Errorf("expected , or ) at %d", p.peek().Pos)
			}
		}
		p.next()
		return Call{t.Text, args}, nil
	case TLParen:
		x, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		if _, err := p.expect(TRParen); err != nil {
			return nil, err
		}
		return x, nil
	}
	return nil, fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos)
}

type Env struct {
	vars   map[string]float64
	funcs  map[string]FuncDef
	parent *Env
}

func NewEnv(parent *Env) *Env {
	return &Env{vars: map[string]float64{}, funcs: map[string]FuncDef{}, parent: parent}
}

func (e *Env) lookup(name string) (float64, bool) {
	for env := e; env != nil; env = env.parent {
		if v, ok := env.vars[name]; ok {
			return v, true
		}
	}
	return 0, false
}

func (e *Env) function(name string) (FuncDef, bool) {
	for env := e; env != nil; env = env.parent {
		if f, ok := env.funcs[name]; ok {
			return f, true
		}
	}
	return FuncDef{}, false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (e *Env) Eval(n Node) (float64, error) {
	switch n := n.(type) {
	case Num:
		return float64(n), nil
	case Var:
		if v, ok := e.lookup(string(n)); ok {
			return v, nil
		}
		return 0, fmt.Errorf("undefined variable %s", string(n))
	case Unary:
		x, err := e.Eval(n.X)
		if err != nil {
			return 0, err
		}
		if n.Op == "-" {
			return -x, nil
		}
		return b2f(x == 0), nil
	case Binary:
		l, err := e.Eval(n.L)
		if err != nil {
			return 0, err
		}
		r, err := e.Eval(n.R)
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case "+":
			return l + r, nil
		case "-":
			return l - r, nil
		case "*":
			return l * r, nil
		case "/":
			if r == 0 {
				return 0, errors.New("division by zero")
			}
			return l / r, nil
		case "%":
			return math.Mod(l, r), nil
		case "^":
			return math.Pow(l, r), nil
		case "<":
			return b2f(l < r), nil
		case "<=":
			return b2f(l <= r), nil
		case ">":
			return b2f(l > r), nil
		case ">=":
			return b2f(l >= r), nil
		case "==":
			return b2f(l == r), nil
		case "!=":
			return b2f(l != r), nil
		}
	case Assign:
		v, err := e.Eval(n.X)
		if err != nil {
			return 0, err
		}
		e.vars[n.Name] = v
		return v, nil
	case FuncDef:
		e.funcs[n.Name] = n
		return 0, nil
	case Call:
		return e.call(n)
	}
	return 0, fmt.Errorf("cannot evaluate %v", n)
}

func (e *Env) call(c Call) (float64, error) {
	if c.Fn == "if" {
		if len(c.Args) != 3 {
			return 0, errors.New("if needs 3 arguments")
		}
		cond, err := e.Eval(c.Args[0])
		if err != nil {
			return 0, err
		}
		if cond != 0 {
			return e.Eval(c.Args[1])
		}
		return e.Eval(c.Args[2])
	}
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := e.Eval(a)
		if err != nil {
			return 0, err
		}
		args[i] = v
	}
	builtins := map[string]func(float64) float64{"sqrt": math.Sqrt, "abs": math.Abs, "floor": math.Floor}
	if f, ok := builtins[c.Fn]; ok && len(args) == 1 {
		return f(args[0]), nil
	}
	def, ok := e.function(c.Fn)
	if !ok {
		return 0, fmt.Errorf("undefined function %s", c.Fn)
	}
	if len(def.Params) != len(args) {
		return 0, fmt.Errorf("%s expects %d arguments, got %d", c.Fn, len(def.Params), len(args))
	}
	local := NewEnv(e)
	for i, p := range def.Params {
		local.vars[p] = args[i]
	}
	return local.Eval(def.Body)
}

func main() {
	global := NewEnv(nil)
	global.vars["pi"] = math.Pi
	program := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-4 + 10 % 4",
		"x = 5",
		"y = x * 2 + 1",
		"x * y - 3",
		"sqrt(16) + abs(-2.5)",
		"def sq(a) = a * a",
		"sq(7) + sq(x)",
		"def fact(n) = if(n <= 1, 1, n * fact(n - 1))",
		"fact(10)",
		"def fib(n) = if(n < 2, n, fib(n-1) + fib(n-2))",
		"fib(20)",
		"def hyp(a, b) = sqrt(sq(a) + sq(b))",
		"hyp(3, 4)",
		"floor(pi * 1000) / 1000",
		"!(x > 3) + (x == 5)",
		"1 / 0",
		"unknown + 1",
		"sq(1, 2)",
		"3 + * 4",
		"2 $ 3",
		"nofunc(1)",
	}
	for _, line := range program {
		toks, err := lex(line)
		if err != nil {
			fmt.Printf("%-45s lex error: %v\n", line, err)
			continue
		}
		p := &Parser{toks: toks}
		node, err := p.statement()
		if err == nil && p.peek().Kind != TEOF {
			err = fmt.Errorf("trailing input at %d", p.peek().Pos)
		}
		if err != nil {
			fmt.Printf("%-45s parse error: %v\n", line, err)
			continue
		}
		v, err := global.Eval(node)
		if err != nil {
			fmt.Printf("%-45s error: %v\n", node, err)
			continue
		}
		fmt.Printf("%-45s => %g\n", node, v)
	}
	names := make([]string, 0)
	for k := range global.vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s=%g ", k, global.vars[k])
	}
	fmt.Println()
}
