// An expression language interpreter: tokenizer, recursive-descent parser,
// AST with interfaces, environment with nested scopes, user functions.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ---------- tokens ----------

type TokKind int

const (
	TEOF TokKind = iota
	TNum
	TIdent
	TOp
	TLParen
	TRParen
	TComma
	TAssign
	TSemi
)

var kindNames = map[TokKind]string{TEOF: "EOF", TNum: "Num", TIdent: "Ident", TOp: "Op", TLParen: "(", TRParen: ")", TComma: ",", TAssign: "=", TSemi: ";"}

func (k TokKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c >= '0' && c <= '9' || c == '.':
			start := i
			for i < len(src) && (src[i] >= '0' && src[i] <= '9' || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{TNum, src[start:i], start})
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			start := i
			for i < len(src) && (src[i] >= 'a' && src[i] <= 'z' || src[i] >= 'A' && src[i] <= 'Z' || src[i] == '_' || src[i] >= '0' && src[i] <= '9') {
				i++
			}
			toks = append(toks, Token{TIdent, src[start:i], start})
		case strings.ContainsRune("+-*/%^<>!", rune(c)):
			if i+1 < len(src) && src[i+1] == '=' && strings.ContainsRune("<>!", rune(c)) {
				toks = append(toks, Token{TOp, src[i : i+2], i})
				i += 2
			} else {
				toks = append(toks, Token{TOp, string(c), i})
				i++
			}
		case c == '=':
			if i+1 < len(src) && src[i+1] == '=' {
				toks = append(toks, Token{TOp, "==", i})
				i += 2
			} else {
				toks = append(toks, Token{TAssign, "=", i})
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
		case c == ';':
			toks = append(toks, Token{TSemi, ";", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", c)}
		}
	}
	toks = append(toks, Token{TEOF, "", len(src)})
	return toks, nil
}

// ---------- AST ----------

type Env struct {
	vars   map[string]float64
	funcs  map[string]*FuncDef
	parent *Env
}

func NewEnv(parent *Env) *Env {
	return &Env{vars: map[string]float64{}, funcs: map[string]*FuncDef{}, parent: parent}
}

func (e *Env) Get(name string) (float64, bool) {
	for env := e; env != nil; env = env.parent {
		if v, ok := env.vars[name]; ok {
			return v, true
		}
	}
	return 0, false
}

func (e *Env) Func(name string) *FuncDef {
	for env := e; env != nil; env = env.parent {
		if f, ok := env.funcs[name]; ok {
			return f
		}
	}
	return nil
}

type Node interface {
	Eval(env *Env) (float64, error)
	String() string
}

type Num struct{ V float64 }
type Var struct{ Name string }
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type Call struct {
	Name string
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
type Cond struct{ C, T, F Node }

func (n Num) Eval(*Env) (float64, error) { return n.V, nil }
func (n Num) String() string            { return strconv.FormatFloat(n.V, 'g', -1, 64) }

func (v Var) Eval(env *Env) (float64, error) {
	if x, ok := env.Get(v.Name); ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", v.Name)
}
func (v Var) String() string { return v.Name }

func (u Unary) Eval(env *Env) (float64, error) {
	x, err := u.X.Eval(env)
	if err != nil {
		return 0, err
	}
	if u.Op == "-" {
		return -x, nil
	}
	if x == 0 {
		return 1, nil
	}
	return 0, nil
}
func (u Unary) String() string { return "(" + u.Op + u.X.String() + ")" }

var ErrDivZero = errors.New("division by zero")

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (b Binary) Eval(env *Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, fmt.Errorf("evaluating %v: %w", b, ErrDivZero)
		}
		return l / r, nil
	case "%":
		if r == 0 {
			return 0, fmt.Errorf("evaluating %v: %w", b, ErrDivZero)
		}
		return math.Mod(l, r), nil
	case "^":
		return math.Pow(l, r), nil
	case "<":
		return b2f(l < r), nil
	case ">":
		return b2f(l > r), nil
	case "<=":
		return b2f(l <= r), nil
	case ">=":
		return b2f(l >= r), nil
	case "==":
		return b2f(l == r), nil
	case "!=":
		return b2f(l != r), nil
	}
	return 0, fmt.Errorf("unknown operator %s", b.Op)
}
func (b Binary) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }

var builtins = map[string]func([]float64) (float64, error){
	"sqrt": func(a []float64) (float64, error) { return math.Sqrt(a[0]), nil },
	"abs":  func(a []float64) (float64, error) { return math.Abs(a[0]), nil },
	"max": func(a []float64) (float64, error) {
		if len(a) == 0 {
			return 0, errors.New("max of nothing")
		}
		m := a[0]
		for _, v := range a[1:] {
			if v > m {
				m = v
			}
		}
		return m, nil
	},
	"floor": func(a []float64) (float64, error) { return math.Floor(a[0]), nil },
}

func (c Call) Eval(env *Env) (float64, error) {
	var args []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		args = append(args, v)
	}
	if c.Name == "if" {
		return 0, errors.New("if is lazy and handled by Cond")
	}
	if f := env.Func(c.Name); f != nil {
		if len(args) != len(f.Params) {
			return 0, fmt.Errorf("%s: want %d args, got %d", c.Name, len(f.Params), len(args))
		}
		local := NewEnv(env)
		for i, p := range f.Params {
			local.vars[p] = args[i]
		}
		return f.Body.Eval(local)
	}
	if b, ok := builtins[c.Name]; ok {
		return b(args)
	}
	return 0, fmt.Errorf("undefined function %q", c.Name)
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Name + "(" + strings.Join(parts, ", ") + ")"
}

func (c Cond) Eval(env *Env) (float64, error) {
	v, err := c.C.Eval(env)
	if err != nil {
		return 0, err
	}
	if v != 0 {
		return c.T.Eval(env)
	}
	return c.F.Eval(env)
}
func (c Cond) String() string { return "if(" + c.C.String() + ", " + c.T.String() + ", " + c.F.String() + ")" }

func (a Assign) Eval(env *Env) (float64, error) {
	v, err := a.X.Eval(env)
	if err != nil {
		return 0, err
	}
	env.vars[a.Name] = v
	return v, nil
}
func (a Assign) String() string { return a.Name + " = " + a.X.String() }

func (f *FuncDef) Eval(env *Env) (float64, error) {
	env.funcs[f.Name] = f
	return 0, nil
}
func (f *FuncDef) String() string {
	return "def " + f.Name + "(" + strings.Join(f.Params, ", ") + ") = " + f.Body.String()
}

// ---------- parser ----------

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}
func (p *Parser) expect(k TokKind) Token {
	t := p.next()
	if t.Kind != k {
		panic(&SyntaxError{t.Pos, fmt.Sprintf("expected %v, got %v", k, t)})
	}
	return t
}

var precedence = map[string]int{"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "^": 5}

func (p *Parser) statement() Node {
	t := p.peek()
	if t.Kind == TIdent && t.Text == "def" {
		p.next()
		name := p.expect(TIdent).Text
		p.expect(TLParen)
		var params []string
		for p.peek().Kind != TRParen {
			params = append(params, p.expect(TIdent).Text)
			if p.peek().Kind == TComma {
				p.next()
			}
		}
		p.expect(TRParen)
		p.expect(TAssign)
		return &FuncDef{name, params, p.expr(0)}
	}
	if t.Kind == TIdent && p.toks[p.pos+1].Kind == TAssign {
		p.next()
		p.next()
		return Assign{t.Text, p.expr(0)}
	}
	return p.expr(0)
}

func (p *Parser) expr(minPrec int) Node {
	left := p.unary()
	for {
		t := p.peek()
		prec, ok := precedence[t.Text]
		if t.Kind != TOp || !ok || prec <= minPrec-1 || prec < minPrec {
			return left
		}
		p.next()
		next := prec + 1
		if t.Text == "^" {
			next = prec // right associative
		}
		right := p.expr(next)
		left = Binary{t.Text, left, right}
	}
}

func (p *Parser) unary() Node {
	t := p.peek()
	if t.Kind == TOp && (t.Text == "-" || t.Text == "!") {
		p.next()
		return Unary{t.Text, p.unary()}
	}
	return p.primary()
}

func (p *Parser) primary() Node {
	t := p.next()
	switch t.Kind {
	case TNum:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(&SyntaxError{t.Pos, "bad number " + t.Text})
		}
		return Num{v}
	case TIdent:
		if p.peek().Kind == TLParen {
			p.next()
			var args []Node
			for p.peek().Kind != TRParen {
				args = append(args, p.expr(0))
				if p.peek().Kind == TComma {
					p.next()
				} else if p.peek().Kind != TRParen {
					panic(&SyntaxError{p.peek().Pos, "expected , or )"})
				}
			}
			p.expect(TRParen)
			if t.Text == "if" && len(args) == 3 {
				return Cond{args[0], args[1], args[2]}
			}
			return Call{t.Text, args}
		}
		return Var{t.Text}
	case TLParen:
		e := p.expr(0)
		p.expect(TRParen)
		return e
	}
	panic(&SyntaxError{t.Pos, fmt.Sprintf("unexpected %v", t)})
}

func parseProgram(src string) (nodes []Node, err error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(*SyntaxError); ok {
				err = se
				return
			}
			panic(r)
		}
	}()
	p := &Parser{toks: toks}
	for p.peek().Kind != TEOF {
		if p.peek().Kind == TSemi {
			p.next()
			continue
		}
		nodes = append(nodes, p.statement())
	}
	return nodes, nil
}

func run(env *Env, src string) {
	nodes, err := parseProgram(src)
	if err != nil {
		fmt.Println("  parse error:", err)
		return
	}
	for _, n := range nodes {
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("  %-40s => error: %v (divzero=%v)\n", n.String(), err, errors.Is(err, ErrDivZero))
			continue
		}
		if _, isDef := n.(*FuncDef); isDef {
			fmt.Printf("  %-40s => defined\n", n.String())
			continue
		}
		fmt.Printf("  %-40s => %v\n", n.String(), v)
	}
}

func main() {
	env := NewEnv(nil)
	env.vars["pi"] = math.Pi
	programs := []string{
		"1 + 2 * 3; (1 + 2) * 3; 2 ^ 3 ^ 2; -2 ^ 2; 10 % 4",
		"x = 5; y = x * 2 + 1; x * y; z",
		"def sq(a) = a * a; sq(7); sq(sq(2))",
		"def fact(n) = if(n <= 1, 1, n * fact(n - 1)); fact(10); fact(20)",
		"def fib(n) = if(n < 2, n, fib(n-1) + fib(n-2)); fib(15)",
		"def hyp(a, b) = sqrt(a*a + b*b); hyp(3, 4); hyp(5, 12)",
		"max(3, 9, 2); abs(-4.5); floor(pi * 100) / 100",
		"1 / 0; 5 % 0; 1 / (x - 5)",
		"1 < 2; 2 <= 1; 3 == 3; 3 != 3; !0; !5",
		"sq(1, 2); nosuch(1)",
		"1 + ; 2",
		"3 $ 4",
		"(1 + 2",
		"def gcd(a, b) = if(b == 0, a, gcd(b, a % b)); gcd(1071, 462); gcd(17, 5)",
		"1.5 * 4; 0.1 + 0.2; 1e3",
	}
	for i, src := range programs {
		fmt.Printf("program %d: %s\n", i+1, src)
		run(env, src)
	}
}
