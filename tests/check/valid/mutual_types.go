// Mutually recursive types and functions, types used before declaration,
// struct fields of function type, and self-referential data.
package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Eval(env Env) int
	Show() string
}

type Env map[string]int

type Lit int
type Ref string
type BinExpr struct {
	Op   Op
	L, R Expr
}
type LetExpr struct {
	Name  string
	Value Expr
	Body  Expr
}

type Op struct {
	Sym string
	Fn  func(a, b int) int
}

var (
	Add = Op{"+", func(a, b int) int { return a + b }}
	Mul = Op{"*", func(a, b int) int { return a * b }}
	Sub = Op{"-", func(a, b int) int { return a - b }}
)

func (l Lit) Eval(Env) int         { return int(l) }
func (l Lit) Show() string         { return fmt.Sprint(int(l)) }
func (r Ref) Eval(env Env) int     { return env[string(r)] }
func (r Ref) Show() string         { return string(r) }
func (b BinExpr) Eval(env Env) int { return b.Op.Fn(b.L.Eval(env), b.R.Eval(env)) }
func (b BinExpr) Show() string     { return "(" + b.L.Show() + " " + b.Op.Sym + " " + b.R.Show() + ")" }
func (l LetExpr) Eval(env Env) int {
	inner := Env{}
	for k, v := range env {
		inner[k] = v
	}
	inner[l.Name] = l.Value.Eval(env)
	return l.Body.Eval(inner)
}
func (l LetExpr) Show() string {
	return "let " + l.Name + " = " + l.Value.Show() + " in " + l.Body.Show()
}

// Directory and File refer to each other.
type Directory struct {
	Name    string
	Parent  *Directory
	Subdirs []*Directory
	Files   []*File
}

type File struct {
	Name string
	Size int
	Dir  *Directory
}

func (d *Directory) Mkdir(name string) *Directory {
	sub := &Directory{Name: name, Parent: d}
	d.Subdirs = append(d.Subdirs, sub)
	return sub
}

func (d *Directory) Create(name string, size int) *File {
	f := &File{name, size, d}
	d.Files = append(d.Files, f)
	return f
}

func (d *Directory) Path() string {
	if d.Parent == nil {
		return "/"
	}
	return strings.TrimSuffix(d.Parent.Path(), "/") + "/" + d.Name
}

func (f *File) Path() string { return strings.TrimSuffix(f.Dir.Path(), "/") + "/" + f.Name }

func (d *Directory) Size() int {
	total := 0
	for _, f := range d.Files {
		total += f.Size
	}
	for _, s := range d.Subdirs {
		total += s.Size()
	}
	return total
}

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type StateFn func(*Lexer) StateFn

type Lexer struct {
	input  string
	pos    int
	tokens []string
}

func lexText(l *Lexer) StateFn {
	for l.pos < len(l.input) {
		if l.input[l.pos] >= '0' && l.input[l.pos] <= '9' {
			return lexNumber
		}
		l.pos++
	}
	return nil
}

func lexNumber(l *Lexer) StateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] >= '0' && l.input[l.pos] <= '9' {
		l.pos++
	}
	l.tokens = append(l.tokens, l.input[start:l.pos])
	return lexText
}

func main() {
	e := LetExpr{"x", BinExpr{Add, Lit(2), Lit(3)}, BinExpr{Mul, Ref("x"), BinExpr{Sub, Ref("x"), Ref("y")}}}
	fmt.Println(e.Show(), "=", e.Eval(Env{"y": 1}))

	root := &Directory{Name: ""}
	home := root.Mkdir("home")
	user := home.Mkdir("gopher")
	f := user.Create("notes.txt", 120)
	user.Create("main.go", 2048)
	root.Mkdir("tmp").Create("x", 1)
	fmt.Println(f.Path(), user.Path(), root.Path(), root.Size(), home.Size())
	fmt.Println(f.Dir.Parent.Parent == root)

	fmt.Println(isEven(10), isOdd(7), isEven(3))
	l := &Lexer{input: "abc 12 de 345 f6"}
	for state := StateFn(lexText); state != nil; {
		state = state(l)
	}
	fmt.Println(l.tokens)
}
