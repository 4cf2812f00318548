// A tiny Lisp: reader, printer, environments, special forms (quote, if,
// define, lambda, let, begin, set!), closures, recursion, and list builtins.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}
type Symbol string
type Cell struct{ Car, Cdr Value }
type Builtin struct {
	Name string
	Fn   func(args []Value) (Value, error)
}
type Lambda struct {
	Params []Symbol
	Body   []Value
	Env    *Env
}

var Nil = (*Cell)(nil)

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) Find(s Symbol) (*Env, bool) {
	for env := e; env != nil; env = env.outer {
		if _, ok := env.vars[s]; ok {
			return env, true
		}
	}
	return nil, false
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	s = strings.ReplaceAll(s, "'", " ' ")
	return strings.Fields(s)
}

func read(tokens *[]string) (Value, error) {
	if len(*tokens) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	tok := (*tokens)[0]
	*tokens = (*tokens)[1:]
	switch tok {
	case "(":
		var items []Value
		for len(*tokens) > 0 && (*tokens)[0] != ")" {
			v, err := read(tokens)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
		}
		if len(*tokens) == 0 {
			return nil, errors.New("missing )")
		}
		*tokens = (*tokens)[1:]
		return list(items...), nil
	case ")":
		return nil, errors.New("unexpected )")
	case "'":
		v, err := read(tokens)
		if err != nil {
			return nil, err
		}
		return list(Symbol("quote"), v), nil
	}
	if n, err := strconv.Atoi(tok); err == nil {
		return n, nil
	}
	if tok == "#t" {
		return true, nil
	}
	if tok == "#f" {
		return false, nil
	}
	return Symbol(tok), nil
}

func list(items ...Value) Value {
	var v Value = Nil
	for i := len(items) - 1; i >= 0; i-- {
		v = &Cell{items[i], v}
	}
	return v
}

func toSlice(v Value) ([]Value, error) {
	var out []Value
	for {
		c, ok := v.(*Cell)
		if !ok {
			return nil, fmt.Errorf("not a list: %s", show(v))
		}
		if c == nil {
			return out, nil
		}
		out = append(out, c.Car)
		v = c.Cdr
	}
}

func show(v Value) string {
	switch x := v.(type) {
	case *Cell:
		if x == nil {
			return "()"
		}
		var parts []string
		var cur Value = x
		for {
			c, ok := cur.(*Cell)
			if !ok {
				parts = append(parts, ".", show(cur))
				break
			}
			if c == nil {
				break
			}
			parts = append(parts, show(c.Car))
			cur = c.Cdr
		}
		return "(" + strings.Join(parts, " ") + ")"
	case bool:
		if x {
			return "#t"
		}
		return "#f"
	case *Lambda:
		return fmt.Sprintf("<lambda/%d>", len(x.Params))
	case *Builtin:
		return "<builtin " + x.Name + ">"
	}
	return fmt.Sprint(v)
}

func truthy(v Value) bool {
	b, ok := v.(bool)
	return !ok || b
}

func eval(x Value, env *Env) (Value, error) {
	for {
		switch v := x.(type) {
		case Symbol:
			e, ok := env.Find(v)
			if !ok {
				return nil, fmt.Errorf("unbound symbol %s", v)
			}
			return e.vars[v], nil
		case *Cell:
			if v == nil {
				return Nil, nil
			}
		default:
			return x, nil
		}
		items, err := toSlice(x)
		if err != nil {
			return nil, err
		}
		if head, ok := items[0].(Symbol); ok {
			switch head {
			case "quote":
				return items[1], nil
			case "if":
				c, err := eval(items[1], env)
				if err != nil {
					return nil, err
				}
				if truthy(c) {
					x = items[2]
				} else if len(items) > 3 {
					x = items[3]
				} else {
					return Nil, nil
				}
				continue // tail call
			case "define":
				if sig, ok := items[1].(*Cell); ok && sig != nil {
					params, _ := toSlice(sig.Cdr)
					env.vars[sig.Car.(Symbol)] = makeLambda(params, items[2:], env)
					return Nil, nil
				}
				val, err := eval(items[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[items[1].(Symbol)] = val
				return Nil, nil
			case "set!":
				e, ok := env.Find(items[1].(Symbol))
				if !ok {
					return nil, fmt.Errorf("set! of unbound %s", show(items[1]))
				}
				val, err := eval(items[2], env)
				if err != nil {
					return nil, err
				}
				e.vars[items[1].(Symbol)] = val
				return Nil, nil
			case "lambda":
				params, err := toSlice(items[1])
				if err != nil {
					return nil, err
				}
				return makeLambda(params, items[2:], env), nil
			case "let":
				bindings, _ := toSlice(items[1])
				inner := &Env{map[Symbol]Value{}, env}
				for _, b := range bindings {
					pair, _ := toSlice(b)
					val, err := eval(pair[1], env)
					if err != nil {
						return nil, err
					}
					inner.vars[pair[0].(Symbol)] = val
				}
				for _, e := range items[2 : len(items)-1] {
					if _, err := eval(e, inner); err != nil {
						return nil, err
					}
				}
				x, env = items[len(items)-1], inner
				continue
			case "begin":
				for _, e := range items[1 : len(items)-1] {
					if _, err := eval(e, env); err != nil {
						return nil, err
					}
				}
				x = items[len(items)-1]
				continue
			}
		}
		fn, err := eval(items[0], env)
		if err != nil {
			return nil, err
		}
		args := make([]Value, len(items)-1)
		for i, a := range items[1:] {
			if args[i], err = eval(a, env); err != nil {
				return nil, err
			}
		}
		switch f := fn.(type) {
		case *Builtin:
			return f.Fn(args)
		case *Lambda:
			if len(args) != len(f.Params) {
				return nil, fmt.Errorf("arity mismatch: want %d, got %d", len(f.Params), len(args))
			}
			inner := &Env{map[Symbol]Value{}, f.Env}
			for i, p := range f.Params {
				inner.vars[p] = args[i]
			}
			for _, e := range f.Body[:len(f.Body)-1] {
				if _, err := eval(e, inner); err != nil {
					return nil, err
				}
			}
			x, env = f.Body[len(f.Body)-1], inner
		default:
			return nil, fmt.Errorf("not a function: %s", show(fn))
		}
	}
}

func makeLambda(params []Value, body []Value, env *Env) *Lambda {
	ps := make([]Symbol, len(params))
	for i, p := range params {
		ps[i] = p.(Symbol)
	}
	return &Lambda{ps, body, env}
}

func intArgs(name string, args []Value) ([]int, error) {
	out := make([]int, len(args))
	for i, a := range args {
		n, ok := a.(int)
		if !ok {
			return nil, fmt.Errorf("%s: not a number: %s", name, show(a))
		}
		out[i] = n
	}
	return out, nil
}

func globals() *Env {
	env := &Env{vars: map[Symbol]Value{}}
	arith := func(name string, f func(a, b int) int) {
		env.vars[Symbol(name)] = &Builtin{name, func(args []Value) (Value, error) {
			ns, err := intArgs(name, args)
			if err != nil {
				return nil, err
			}
			acc := ns[0]
			for _, n := range ns[1:] {
				acc = f(acc, n)
			}
			return acc, nil
		}}
	}
	arith("+", func(a, b int) int { return a + b })
	arith("-", func(a, b int) int { return a - b })
	arith("*", func(a, b int) int { return a * b })
	arith("quotient", func(a, b int) int { return a / b })
	compare := func(name string, f func(a, b int) bool) {
		env.vars[Symbol(name)] = &Builtin{name, func(args []Value) (Value, error) {
			ns, err := intArgs(name, args)
			if err != nil {
				return nil, err
			}
			return f(ns[0], ns[1]), nil
		}}
	}
	compare("<", func(a, b int) bool { return a < b })
	compare("=", func(a, b int) bool { return a == b })
	compare(">", func(a, b int) bool { return a > b })
	env.vars["cons"] = &Builtin{"cons", func(a []Value) (Value, error) { return &Cell{a[0], a[1]}, nil }}
	env.vars["car"] = &Builtin{"car", func(a []Value) (Value, error) {
		c, ok := a[0].(*Cell)
		if !ok || c == nil {
			return nil, errors.New("car of non-pair")
		}
		return c.Car, nil
	}}
	env.vars["cdr"] = &Builtin{"cdr", func(a []Value) (Value, error) {
		c, ok := a[0].(*Cell)
		if !ok || c == nil {
			return nil, errors.New("cdr of non-pair")
		}
		return c.Cdr, nil
	}}
	env.vars["null?"] = &Builtin{"null?", func(a []Value) (Value, error) {
		c, ok := a[0].(*Cell)
		return ok && c == nil, nil
	}}
	env.vars["list"] = &Builtin{"list", func(a []Value) (Value, error) { return list(a...), nil }}
	return env
}

func main() {
	env := globals()
	program := `
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(fact 20)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(fib 15)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (range a b) (if (> a b) '() (cons a (range (+ a 1) b))))
(map (lambda (x) (* x x)) (range 1 10))
(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
(define c (make-counter))
(c)
(c)
(c)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 10000 0)
(define (compose f g) (lambda (x) (f (g x))))
((compose car cdr) '(1 2 3))
(cons 1 2)
'(a (b c) . d)
(let ((x 2) (y 3)) (* x y))
(list 1 #t #f '())
(car '())
(undefined-fn 1)
((lambda (x y) x) 1)
(+ 1 'a)
(quotient 7 2)
fact
car
`
	tokens := tokenize(program)
	for len(tokens) > 0 {
		expr, err := read(&tokens)
		if err != nil {
			fmt.Println("read error:", err)
			break
		}
		v, err := eval(expr, env)
		if err != nil {
			fmt.Printf("%s => error: %v\n", show(expr), err)
			continue
		}
		if c, ok := v.(*Cell); ok && c == nil {
			if l, ok := expr.(*Cell); ok && l.Car == Symbol("define") {
				continue
			}
		}
		fmt.Printf("%s => %s\n", show(expr), show(v))
	}
}
