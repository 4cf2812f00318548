// A compiler from a small structured language to bytecode, and a stack VM
// with calls, locals, jumps, a disassembler and runtime error handling.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	POP
	LOAD
	STORE
	ADD
	SUB
	MUL
	DIV
	MOD
	LT
	EQ
	NOT
	JMP
	JZ
	CALL
	RET
	PRINT
	HALT
	DUP
)

var opNames = [...]string{"PUSH", "POP", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ", "NOT", "JMP", "JZ", "CALL", "RET", "PRINT", "HALT", "DUP"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

func (o Op) HasArg() bool {
	switch o {
	case PUSH, LOAD, STORE, JMP, JZ, CALL:
		return true
	}
	return false
}

// ---------- AST ----------

type Expr interface{ compile(c *Compiler) }
type Stmt interface{ compile(c *Compiler) }

type Lit int
type Ref string
type Bin struct {
	Op   string
	L, R Expr
}
type CallE struct {
	Fn   string
	Args []Expr
}

type Let struct {
	Name string
	E    Expr
}
type Print struct{ E Expr }
type While struct {
	Cond Expr
	Body []Stmt
}
type If struct {
	Cond       Expr
	Then, Else []Stmt
}
type Return struct{ E Expr }
type ExprStmt struct{ E Expr }

type Func struct {
	Name   string
	Params []string
	Body   []Stmt
}

// ---------- compiler ----------

type Compiler struct {
	code    []int
	locals  map[string]int
	funcs   map[string]int
	fixups  map[int]string
	nlocals int
}

func (c *Compiler) emit(op Op, args ...int) int {
	pos := len(c.code)
	c.code = append(c.code, int(op))
	c.code = append(c.code, args...)
	return pos
}

func (c *Compiler) local(name string) int {
	if i, ok := c.locals[name]; ok {
		return i
	}
	c.locals[name] = c.nlocals
	c.nlocals++
	return c.nlocals - 1
}

func (l Lit) compile(c *Compiler) { c.emit(PUSH, int(l)) }
func (r Ref) compile(c *Compiler) {
	i, ok := c.locals[string(r)]
	if !ok {
		panic(fmt.Sprintf("compile error: undefined variable %s", string(r)))
	}
	c.emit(LOAD, i)
}

var binOps = map[string][]Op{"+": {ADD}, "-": {SUB}, "*": {MUL}, "/": {DIV}, "%": {MOD}, "<": {LT}, "==": {EQ}, "!=": {EQ, NOT}, ">": {SWAPLT}, "<=": {SWAPLT, NOT}}

const SWAPLT Op = 100 // pseudo op: compile R first then L, then LT

func (b Bin) compile(c *Compiler) {
	ops := binOps[b.Op]
	if ops[0] == SWAPLT {
		b.R.compile(c)
		b.L.compile(c)
		c.emit(LT)
		for _, o := range ops[1:] {
			c.emit(o)
		}
		return
	}
	b.L.compile(c)
	b.R.compile(c)
	for _, o := range ops {
		c.emit(o)
	}
}

func (e CallE) compile(c *Compiler) {
	for _, a := range e.Args {
		a.compile(c)
	}
	pos := c.emit(CALL, -1, len(e.Args))
	c.fixups[pos+1] = e.Fn
}

func (s Let) compile(c *Compiler)      { s.E.compile(c); c.emit(STORE, c.local(s.Name)) }
func (s Print) compile(c *Compiler)    { s.E.compile(c); c.emit(PRINT) }
func (s ExprStmt) compile(c *Compiler) { s.E.compile(c); c.emit(POP) }
func (s Return) compile(c *Compiler)   { s.E.compile(c); c.emit(RET) }

func (s While) compile(c *Compiler) {
	top := len(c.code)
	s.Cond.compile(c)
	jz := c.emit(JZ, -1)
	for _, st := range s.Body {
		st.compile(c)
	}
	c.emit(JMP, top)
	c.code[jz+1] = len(c.code)
}

func (s If) compile(c *Compiler) {
	s.Cond.compile(c)
	jz := c.emit(JZ, -1)
	for _, st := range s.Then {
		st.compile(c)
	}
	if len(s.Else) == 0 {
		c.code[jz+1] = len(c.code)
		return
	}
	jmp := c.emit(JMP, -1)
	c.code[jz+1] = len(c.code)
	for _, st := range s.Else {
		st.compile(c)
	}
	c.code[jmp+1] = len(c.code)
}

type FuncInfo struct {
	Addr, NParams, NLocals int
}

func Compile(funcs []Func, main []Stmt) (code []int, infos map[string]FuncInfo, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	c := &Compiler{funcs: map[string]int{}, fixups: map[int]string{}}
	infos = map[string]FuncInfo{}
	c.locals = map[string]int{}
	c.nlocals = 0
	jmp := c.emit(JMP, -1)
	for _, f := range funcs {
		c.locals = map[string]int{}
		c.nlocals = 0
		for _, p := range f.Params {
			c.local(p)
		}
		addr := len(c.code)
		for _, s := range f.Body {
			s.compile(c)
		}
		c.emit(PUSH, 0)
		c.emit(RET)
		infos[f.Name] = FuncInfo{addr, len(f.Params), c.nlocals}
		c.funcs[f.Name] = addr
	}
	c.code[jmp+1] = len(c.code)
	c.locals = map[string]int{}
	c.nlocals = 0
	for _, s := range main {
		s.compile(c)
	}
	c.emit(HALT)
	infos["main"] = FuncInfo{c.code[jmp+1], 0, c.nlocals}
	for pos, name := range c.fixups {
		addr, ok := c.funcs[name]
		if !ok {
			return nil, nil, fmt.Errorf("link error: undefined function %s", name)
		}
		c.code[pos] = addr
	}
	return c.code, infos, nil
}

func Disassemble(code []int) string {
	var sb strings.Builder
	for pc := 0; pc < len(code); {
		op := Op(code[pc])
		fmt.Fprintf(&sb, "%04d %-6v", pc, op)
		pc++
		if op.HasArg() {
			fmt.Fprintf(&sb, " %d", code[pc])
			pc++
		}
		if op == CALL {
			fmt.Fprintf(&sb, " %d", code[pc])
			pc++
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// ---------- VM ----------

type Frame struct {
	ret    int
	locals []int
}

type VM struct {
	code   []int
	stack  []int
	frames []Frame
	out    []string
	steps  int
	infos  map[int]FuncInfo
}

var ErrDivZero = errors.New("division by zero")
var ErrStack = errors.New("stack overflow")

type RuntimeError struct {
	PC  int
	Err error
}

func (e *RuntimeError) Error() string { return fmt.Sprintf("runtime error at pc=%d: %v", e.PC, e.Err) }
func (e *RuntimeError) Unwrap() error { return e.Err }

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(entry FuncInfo) error {
	pc := entry.Addr
	vm.frames = []Frame{{-1, make([]int, entry.NLocals)}}
	for {
		vm.steps++
		op := Op(vm.code[pc])
		start := pc
		pc++
		fr := &vm.frames[len(vm.frames)-1]
		switch op {
		case PUSH:
			vm.push(vm.code[pc])
			pc++
		case POP:
			vm.pop()
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case LOAD:
			vm.push(fr.locals[vm.code[pc]])
			pc++
		case STORE:
			fr.locals[vm.code[pc]] = vm.pop()
			pc++
		case ADD, SUB, MUL, DIV, MOD, LT, EQ:
			b, a := vm.pop(), vm.pop()
			var r int
			switch op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV, MOD:
				if b == 0 {
					return &RuntimeError{start, ErrDivZero}
				}
				if op == DIV {
					r = a / b
				} else {
					r = a % b
				}
			case LT:
				if a < b {
					r = 1
				}
			case EQ:
				if a == b {
					r = 1
				}
			}
			vm.push(r)
		case NOT:
			if vm.pop() == 0 {
				vm.push(1)
			} else {
				vm.push(0)
			}
		case JMP:
			pc = vm.code[pc]
		case JZ:
			target := vm.code[pc]
			pc++
			if vm.pop() == 0 {
				pc = target
			}
		case CALL:
			addr, nargs := vm.code[pc], vm.code[pc+1]
			pc += 2
			if len(vm.frames) > 200 {
				return &RuntimeError{start, ErrStack}
			}
			info := vm.infos[addr]
			locals := make([]int, info.NLocals)
			for i := nargs - 1; i >= 0; i-- {
				locals[i] = vm.pop()
			}
			vm.frames = append(vm.frames, Frame{pc, locals})
			pc = addr
		case RET:
			v := vm.pop()
			ret := fr.ret
			vm.frames = vm.frames[:len(vm.frames)-1]
			vm.push(v)
			pc = ret
		case PRINT:
			vm.out = append(vm.out, fmt.Sprint(vm.pop()))
		case HALT:
			return nil
		default:
			return &RuntimeError{start, fmt.Errorf("bad opcode %v", op)}
		}
	}
}

func run(name string, funcs []Func, main []Stmt, disasm bool) {
	code, infos, err := Compile(funcs, main)
	if err != nil {
		fmt.Printf("[%s] %v\n", name, err)
		return
	}
	if disasm {
		fmt.Print(Disassemble(code))
	}
	vm := &VM{code: code, infos: map[int]FuncInfo{}}
	for _, inf := range infos {
		vm.infos[inf.Addr] = inf
	}
	err = vm.Run(infos["main"])
	fmt.Printf("[%s] output=%s steps=%d stack=%v\n", name, strings.Join(vm.out, ","), vm.steps, vm.stack)
	if err != nil {
		var re *RuntimeError
		fmt.Printf("[%s] error: %v (divzero=%v, runtime=%v)\n", name, err, errors.Is(err, ErrDivZero), errors.As(err, &re))
	}
}

func main() {
	run("arith", nil, []Stmt{
		Print{Bin{"+", Lit(2), Bin{"*", Lit(3), Lit(4)}}},
		Print{Bin{"-", Lit(10), Bin{"/", Lit(7), Lit(2)}}},
		Print{Bin{"%", Lit(-7), Lit(3)}},
		Print{Bin{">", Lit(3), Lit(2)}},
		Print{Bin{"<=", Lit(3), Lit(2)}},
		Print{Bin{"!=", Lit(1), Lit(2)}},
	}, true)
	fact := Func{"fact", []string{"n"}, []Stmt{
		If{Bin{"<", Ref("n"), Lit(2)}, []Stmt{Return{Lit(1)}}, nil},
		Return{Bin{"*", Ref("n"), CallE{"fact", []Expr{Bin{"-", Ref("n"), Lit(1)}}}}},
	}}
	fib := Func{"fib", []string{"n"}, []Stmt{
		Let{"a", Lit(0)}, Let{"b", Lit(1)}, Let{"i", Lit(0)},
		While{Bin{"<", Ref("i"), Ref("n")}, []Stmt{
			Let{"t", Bin{"+", Ref("a"), Ref("b")}}, Let{"a", Ref("b")}, Let{"b", Ref("t")}, Let{"i", Bin{"+", Ref("i"), Lit(1)}},
		}},
		Return{Ref("a")},
	}}
	gcd := Func{"gcd", []string{"a", "b"}, []Stmt{
		While{Bin{"!=", Ref("b"), Lit(0)}, []Stmt{
			Let{"t", Bin{"%", Ref("a"), Ref("b")}}, Let{"a", Ref("b")}, Let{"b", Ref("t")},
		}},
		Return{Ref("a")},
	}}
	isPrime := Func{"isprime", []string{"n"}, []Stmt{
		If{Bin{"<", Ref("n"), Lit(2)}, []Stmt{Return{Lit(0)}}, nil},
		Let{"d", Lit(2)},
		While{Bin{"<=", Bin{"*", Ref("d"), Ref("d")}, Ref("n")}, []Stmt{
			If{Bin{"==", Bin{"%", Ref("n"), Ref("d")}, Lit(0)}, []Stmt{Return{Lit(0)}}, nil},
			Let{"d", Bin{"+", Ref("d"), Lit(1)}},
		}},
		Return{Lit(1)},
	}}
	funcs := []Func{fact, fib, gcd, isPrime}
	run("funcs", funcs, []Stmt{
		Print{CallE{"fact", []Expr{Lit(10)}}},
		Print{CallE{"fib", []Expr{Lit(40)}}},
		Print{CallE{"gcd", []Expr{Lit(1071), Lit(462)}}},
		Let{"k", Lit(0)}, Let{"count", Lit(0)},
		While{Bin{"<", Ref("k"), Lit(100)}, []Stmt{
			If{CallE{"isprime", []Expr{Ref("k")}}, []Stmt{Let{"count", Bin{"+", Ref("count"), Lit(1)}}}, nil},
			Let{"k", Bin{"+", Ref("k"), Lit(1)}},
		}},
		Print{Ref("count")},
		ExprStmt{CallE{"fact", []Expr{Lit(3)}}},
	}, false)
	run("divzero", nil, []Stmt{Let{"z", Lit(0)}, Print{Lit(1)}, Print{Bin{"/", Lit(5), Ref("z")}}, Print{Lit(2)}}, false)
	inf := Func{"down", []string{"n"}, []Stmt{Return{CallE{"down", []Expr{Bin{"+", Ref("n"), Lit(1)}}}}}}
	run("recursion", []Func{inf}, []Stmt{Print{CallE{"down", []Expr{Lit(0)}}}}, false)
	run("undefined-var", nil, []Stmt{Print{Ref("nope")}}, false)
	run("undefined-func", nil, []Stmt{Print{CallE{"nope", nil}}}, false)
	run("collatz", nil, []Stmt{
		Let{"n", Lit(27)}, Let{"steps", Lit(0)},
		While{Bin{"!=", Ref("n"), Lit(1)}, []Stmt{
			If{Bin{"==", Bin{"%", Ref("n"), Lit(2)}, Lit(0)},
				[]Stmt{Let{"n", Bin{"/", Ref("n"), Lit(2)}}},
				[]Stmt{Let{"n", Bin{"+", Bin{"*", Ref("n"), Lit(3)}, Lit(1)}}}},
			Let{"steps", Bin{"+", Ref("steps"), Lit(1)}},
		}},
		Print{Ref("steps")},
	}, false)
}
