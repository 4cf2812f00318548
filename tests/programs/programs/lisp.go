// A tiny Lisp: reader, printer, environments, special forms (quote, if,
// define, lambda, let, begin, set!, cond, and, or), closures, tail-free
// recursion, and a small standard library.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type Cons struct {
	Car, Cdr Value
}

type Builtin struct {
	Name string
	Fn   func(args []Value) (Value, error)
}

type Lambda struct {
	Params []Symbol
	Rest   Symbol
	Body   []Value
	Env    *Env
	Name   string
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

var Nil Value = nil

type LispError struct{ Msg string }

func (e *LispError) Error() string { return "lisp: " + e.Msg }

func errorf(format string, args ...interface{}) error {
	return &LispError{fmt.Sprintf(format, args...)}
}

func (e *Env) Find(s Symbol) (*Env, bool) {
	for env := e; env != nil; env = env.outer {
		if _, ok := env.vars[s]; ok {
			return env, true
		}
	}
	return nil, false
}

// ---------- reader ----------

func tokenize(src string) []string {
	src = strings.ReplaceAll(src, "(", " ( ")
	src = strings.ReplaceAll(src, ")", " ) ")
	src = strings.ReplaceAll(src, "'", " ' ")
	return strings.Fields(src)
}

type Reader struct {
	toks []string
	pos  int
}

func (r *Reader) Read() (Value, error) {
	if r.pos >= len(r.toks) {
		return nil, errorf("unexpected EOF")
	}
	t := r.toks[r.pos]
	r.pos++
	switch t {
	case "(":
		var items []Value
		for {
			if r.pos >= len(r.toks) {
				return nil, errorf("missing )")
			}
			if r.toks[r.pos] == ")" {
				r.pos++
				return list(items...), nil
			}
			if r.toks[r.pos] == "." {
				r.pos++
				tail, err := r.Read()
				if err != nil {
					return nil, err
				}
				r.pos++ // skip )
				var res Value = tail
				for i := len(items) - 1; i >= 0; i-- {
					res = &Cons{items[i], res}
				}
				return res, nil
			}
			v, err := r.Read()
			if err != nil {
				return nil, err
			}
			items = append(items, v)
		}
	case ")":
		return nil, errorf("unexpected )")
	case "'":
		v, err := r.Read()
		if err != nil {
			return nil, err
		}
		return list(Symbol("quote"), v), nil
	}
	if n, err := strconv.ParseInt(t, 10, 64); err == nil {
		return n, nil
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return f, nil
	}
	if t == "#t" {
		return true, nil
	}
	if t == "#f" {
		return false, nil
	}
	return Symbol(t), nil
}

func list(items ...Value) Value {
	var res Value = Nil
	for i := len(items) - 1; i >= 0; i-- {
		res = &Cons{items[i], res}
	}
	return res
}

func toSlice(v Value) ([]Value, error) {
	var out []Value
	for v != nil {
		c, ok := v.(*Cons)
		if !ok {
			return nil, errorf("improper list")
		}
		out = append(out, c.Car)
		v = c.Cdr
	}
	return out, nil
}

// ---------- printer ----------

func show(v Value) string {
	switch x := v.(type) {
	case nil:
		return "()"
	case bool:
		if x {
			return "#t"
		}
		return "#f"
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case Symbol:
		return string(x)
	case string:
		return strconv.Quote(x)
	case *Cons:
		var sb strings.Builder
		sb.WriteByte('(')
		for {
			sb.WriteString(show(x.Car))
			switch next := x.Cdr.(type) {
			case nil:
				sb.WriteByte(')')
				return sb.String()
			case *Cons:
				sb.WriteByte(' ')
				x = next
			default:
				sb.WriteString(" . " + show(next) + ")")
				return sb.String()
			}
		}
	case *Builtin:
		return "#<builtin " + x.Name + ">"
	case *Lambda:
		if x.Name != "" {
			return "#<lambda " + x.Name + ">"
		}
		return "#<lambda>"
	}
	return fmt.Sprintf("#<unknown %T>", v)
}

// ---------- evaluator ----------

func truthy(v Value) bool {
	b, ok := v.(bool)
	return !ok || b
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case Symbol:
		if e, ok := env.Find(v); ok {
			return e.vars[v], nil
		}
		return nil, errorf("unbound symbol %s", v)
	case *Cons:
		return evalList(v, env)
	}
	return x, nil
}

func evalBody(body []Value, env *Env) (Value, error) {
	var res Value
	var err error
	for _, b := range body {
		if res, err = eval(b, env); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func evalList(c *Cons, env *Env) (Value, error) {
	items, err := toSlice(c)
	if err != nil {
		return nil, err
	}
	if s, ok := items[0].(Symbol); ok {
		switch s {
		case "quote":
			return items[1], nil
		case "if":
			cond, err := eval(items[1], env)
			if err != nil {
				return nil, err
			}
			if truthy(cond) {
				return eval(items[2], env)
			}
			if len(items) > 3 {
				return eval(items[3], env)
			}
			return Nil, nil
		case "define":
			if sig, ok := items[1].(*Cons); ok {
				name := sig.Car.(Symbol)
				lam, err := makeLambda(sig.Cdr, items[2:], env)
				if err != nil {
					return nil, err
				}
				lam.Name = string(name)
				env.vars[name] = lam
				return name, nil
			}
			val, err := eval(items[2], env)
			if err != nil {
				return nil, err
			}
			name := items[1].(Symbol)
			if l, ok := val.(*Lambda); ok && l.Name == "" {
				l.Name = string(name)
			}
			env.vars[name] = val
			return name, nil
		case "set!":
			name := items[1].(Symbol)
			e, ok := env.Find(name)
			if !ok {
				return nil, errorf("set!: unbound %s", name)
			}
			val, err := eval(items[2], env)
			if err != nil {
				return nil, err
			}
			e.vars[name] = val
			return val, nil
		case "lambda":
			return makeLambda(items[1], items[2:], env)
		case "begin":
			return evalBody(items[1:], env)
		case "let":
			bindings, err := toSlice(items[1])
			if err != nil {
				return nil, err
			}
			local := &Env{map[Symbol]Value{}, env}
			for _, b := range bindings {
				pair, _ := toSlice(b)
				val, err := eval(pair[1], env)
				if err != nil {
					return nil, err
				}
				local.vars[pair[0].(Symbol)] = val
			}
			return evalBody(items[2:], local)
		case "cond":
			for _, clause := range items[1:] {
				parts, _ := toSlice(clause)
				if s, ok := parts[0].(Symbol); ok && s == "else" {
					return evalBody(parts[1:], env)
				}
				t, err := eval(parts[0], env)
				if err != nil {
					return nil, err
				}
				if truthy(t) {
					return evalBody(parts[1:], env)
				}
			}
			return Nil, nil
		case "and":
			var res Value = true
			for _, it := range items[1:] {
				if res, err = eval(it, env); err != nil || !truthy(res) {
					return res, err
				}
			}
			return res, nil
		case "or":
			for _, it := range items[1:] {
				res, err := eval(it, env)
				if err != nil || truthy(res) {
					return res, err
				}
			}
			return false, nil
		}
	}
	fn, err := eval(items[0], env)
	if err != nil {
		return nil, err
	}
	args := make([]Value, 0, len(items)-1)
	for _, a := range items[1:] {
		v, err := eval(a, env)
		if err != nil {
			return nil, err
		}
		args = append(args, v)
	}
	return apply(fn, args)
}

func makeLambda(params Value, body []Value, env *Env) (*Lambda, error) {
	l := &Lambda{Body: body, Env: env}
	for params != nil {
		switch p := params.(type) {
		case Symbol:
			l.Rest = p
			params = nil
		case *Cons:
			l.Params = append(l.Params, p.Car.(Symbol))
			params = p.Cdr
		default:
			return nil, errorf("bad parameter list")
		}
	}
	return l, nil
}

var depth int

func apply(fn Value, args []Value) (Value, error) {
	switch f := fn.(type) {
	case *Builtin:
		return f.Fn(args)
	case *Lambda:
		if len(args) < len(f.Params) || (f.Rest == "" && len(args) != len(f.Params)) {
			return nil, errorf("%s: expected %d args, got %d", show(f), len(f.Params), len(args))
		}
		depth++
		defer func() { depth-- }()
		if depth > 2000 {
			return nil, errorf("recursion too deep")
		}
		local := &Env{map[Symbol]Value{}, f.Env}
		for i, p := range f.Params {
			local.vars[p] = args[i]
		}
		if f.Rest != "" {
			local.vars[f.Rest] = list(args[len(f.Params):]...)
		}
		return evalBody(f.Body, local)
	}
	return nil, errorf("not a function: %s", show(fn))
}

// ---------- standard library ----------

func numArgs(name string, args []Value) ([]float64, bool, error) {
	out := make([]float64, len(args))
	allInt := true
	for i, a := range args {
		switch n := a.(type) {
		case int64:
			out[i] = float64(n)
		case float64:
			out[i] = n
			allInt = false
		default:
			return nil, false, errorf("%s: not a number: %s", name, show(a))
		}
	}
	return out, allInt, nil
}

func arith(name string, op func(a, b int64) int64, fop func(a, b float64) float64) *Builtin {
	return &Builtin{name, func(args []Value) (Value, error) {
		fs, allInt, err := numArgs(name, args)
		if err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, errorf("%s: no arguments", name)
		}
		if allInt {
			acc := args[0].(int64)
			for _, a := range args[1:] {
				if name == "/" && a.(int64) == 0 {
					return nil, errorf("division by zero")
				}
				acc = op(acc, a.(int64))
			}
			return acc, nil
		}
		acc := fs[0]
		for _, f := range fs[1:] {
			acc = fop(acc, f)
		}
		return acc, nil
	}}
}

func compare(name string, ok func(a, b float64) bool) *Builtin {
	return &Builtin{name, func(args []Value) (Value, error) {
		fs, _, err := numArgs(name, args)
		if err != nil {
			return nil, err
		}
		for i := 1; i < len(fs); i++ {
			if !ok(fs[i-1], fs[i]) {
				return false, nil
			}
		}
		return true, nil
	}}
}

func globalEnv() *Env {
	env := &Env{vars: map[Symbol]Value{}}
	add := func(b *Builtin) { env.vars[Symbol(b.Name)] = b }
	add(arith("+", func(a, b int64) int64 { return a + b }, func(a, b float64) float64 { return a + b }))
	add(arith("-", func(a, b int64) int64 { return a - b }, func(a, b float64) float64 { return a - b }))
	add(arith("*", func(a, b int64) int64 { return a * b }, func(a, b float64) float64 { return a * b }))
	add(arith("/", func(a, b int64) int64 { return a / b }, func(a, b float64) float64 { return a / b }))
	add(arith("mod", func(a, b int64) int64 { return a % b }, func(a, b float64) float64 { return a - b*float64(int64(a/b)) }))
	add(compare("<", func(a, b float64) bool { return a < b }))
	add(compare(">", func(a, b float64) bool { return a > b }))
	add(compare("=", func(a, b float64) bool { return a == b }))
	add(compare("<=", func(a, b float64) bool { return a <= b }))
	add(&Builtin{"car", func(a []Value) (Value, error) {
		c, ok := a[0].(*Cons)
		if !ok {
			return nil, errorf("car of non-pair %s", show(a[0]))
		}
		return c.Car, nil
	}})
	add(&Builtin{"cdr", func(a []Value) (Value, error) {
		c, ok := a[0].(*Cons)
		if !ok {
			return nil, errorf("cdr of non-pair %s", show(a[0]))
		}
		return c.Cdr, nil
	}})
	add(&Builtin{"cons", func(a []Value) (Value, error) { return &Cons{a[0], a[1]}, nil }})
	add(&Builtin{"list", func(a []Value) (Value, error) { return list(a...), nil }})
	add(&Builtin{"null?", func(a []Value) (Value, error) { return a[0] == nil, nil }})
	add(&Builtin{"pair?", func(a []Value) (Value, error) { _, ok := a[0].(*Cons); return ok, nil }})
	add(&Builtin{"eq?", func(a []Value) (Value, error) { return a[0] == a[1], nil }})
	add(&Builtin{"not", func(a []Value) (Value, error) { return !truthy(a[0]), nil }})
	add(&Builtin{"apply", func(a []Value) (Value, error) {
		args, err := toSlice(a[1])
		if err != nil {
			return nil, err
		}
		return apply(a[0], args)
	}})
	return env
}

const prelude = `
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (filter p xs) (cond ((null? xs) '()) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(define (foldl f acc xs) (if (null? xs) acc (foldl f (f acc (car xs)) (cdr xs))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(define (>= a b) (not (< a b)))
(define (length xs) (foldl (lambda (n x) (+ n 1)) 0 xs))
(define (reverse xs) (foldl (lambda (acc x) (cons x acc)) '() xs))
(define (append a b) (if (null? a) b (cons (car a) (append (cdr a) b))))
`

func runAll(env *Env, src string, echo bool) {
	r := &Reader{toks: tokenize(src)}
	for r.pos < len(r.toks) {
		start := r.pos
		expr, err := r.Read()
		if err != nil {
			fmt.Println("read error:", err)
			return
		}
		v, err := eval(expr, env)
		if !echo {
			if err != nil {
				fmt.Println("prelude error:", err)
			}
			continue
		}
		text := strings.Join(r.toks[start:r.pos], " ")
		text = strings.ReplaceAll(strings.ReplaceAll(text, "( ", "("), " )", ")")
		if err != nil {
			var le *LispError
			fmt.Printf("%s\n  !! %v (lisp error: %v)\n", text, err, errors.As(err, &le))
			continue
		}
		fmt.Printf("%s\n  => %s\n", text, show(v))
	}
}

func main() {
	env := globalEnv()
	runAll(env, prelude, false)
	program := `
(+ 1 2 3)
(* 2 (- 10 4) 1.5)
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(fact 20)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib (range 0 15))
(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c1 (make-counter))
(c1) (c1) (c1)
(define c2 (make-counter))
(c2)
(filter (lambda (x) (= (mod x 3) 0)) (range 1 20))
(foldl + 0 (range 1 101))
(reverse '(1 2 3 4 5))
(append '(a b) '(c d))
(cons 1 2)
'(1 (2 3) . 4)
(car '())
(undefined-fn 1)
(/ 10 0)
(/ 10 4)
(/ 10.0 4)
(length (range 0 50))
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 5)
(define (sum . xs) (foldl + 0 xs))
(sum 1 2 3 4)
(apply sum '(10 20 30))
(and 1 2 #f 3)
(or #f #f 7)
(cond ((> 1 2) 'no) ((< 1 2) 'yes) (else 'never))
(let ((x 2) (y 3)) (* x y))
(define (loop n) (loop (+ n 1)))
(loop 0)
(fact)
map
(eq? 'a 'a)
(quote (nested (list here)))
(begin (define z 10) (set! z (* z z)) z)
`
	runAll(env, program, true)
	var names []string
	for k := range env.vars {
		names = append(names, string(k))
	}
	sort.Strings(names)
	fmt.Println(len(names), "globals:", strings.Join(names, " "))
}
