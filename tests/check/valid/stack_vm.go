// A stack-based bytecode virtual machine with an assembler that resolves
// labels, a disassembler, and several programs (loops, calls, recursion).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpPop
	OpDup
	OpSwap
	OpOver
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpMod
	OpEq
	OpLt
	OpJmp
	OpJz
	OpCall
	OpRet
	OpLoad
	OpStore
	OpPrint
	OpHalt
)

var opNames = [...]string{"push", "pop", "dup", "swap", "over", "add", "sub", "mul", "div", "mod",
	"eq", "lt", "jmp", "jz", "call", "ret", "load", "store", "print", "halt"}

func (o Opcode) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "op(" + strconv.Itoa(int(o)) + ")"
}

func (o Opcode) hasArg() bool {
	switch o {
	case OpPush, OpJmp, OpJz, OpCall, OpLoad, OpStore:
		return true
	}
	return false
}

type Instr struct {
	Op  Opcode
	Arg int
}

func Assemble(src string) ([]Instr, error) {
	lookup := map[string]Opcode{}
	for i, n := range opNames {
		lookup[n] = Opcode(i)
	}
	labels := map[string]int{}
	type pending struct {
		op    Opcode
		arg   string
		line  int
		index int
	}
	var items []pending
	for lineNo, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if strings.HasSuffix(fields[0], ":") {
			labels[strings.TrimSuffix(fields[0], ":")] = len(items)
			fields = fields[1:]
			if len(fields) == 0 {
				continue
			}
		}
		op, ok := lookup[fields[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown instruction %q", lineNo+1, fields[0])
		}
		p := pending{op: op, line: lineNo + 1, index: len(items)}
		if op.hasArg() {
			if len(fields) != 2 {
				return nil, fmt.Errorf("line %d: %v needs one argument", lineNo+1, op)
			}
			p.arg = fields[1]
		}
		items = append(items, p)
	}
	prog := make([]Instr, len(items))
	for i, p := range items {
		prog[i].Op = p.op
		if !p.op.hasArg() {
			continue
		}
		if n, err := strconv.Atoi(p.arg); err == nil {
			prog[i].Arg = n
		} else if target, ok := labels[p.arg]; ok {
			prog[i].Arg = target
		} else {
			return nil, fmt.Errorf("line %d: undefined label %q", p.line, p.arg)
		}
	}
	return prog, nil
}

func Disassemble(prog []Instr) string {
	var sb strings.Builder
	for i, in := range prog {
		if in.Op.hasArg() {
			fmt.Fprintf(&sb, "%03d %-5v %d\n", i, in.Op, in.Arg)
		} else {
			fmt.Fprintf(&sb, "%03d %v\n", i, in.Op)
		}
	}
	return sb.String()
}

type VM struct {
	stack  []int
	frames []int
	mem    [16]int
	out    []string
	steps  int
}

var ErrStackUnderflow = errors.New("stack underflow")

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr, maxSteps int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("vm error after %d steps: %w", vm.steps, e)
				return
			}
			panic(r)
		}
	}()
	pc := 0
	for pc < len(prog) {
		if vm.steps >= maxSteps {
			return fmt.Errorf("step limit %d exceeded", maxSteps)
		}
		vm.steps++
		in := prog[pc]
		pc++
		switch in.Op {
		case OpPush:
			vm.push(in.Arg)
		case OpPop:
			vm.pop()
		case OpDup:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OpSwap:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case OpOver:
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case OpAdd, OpSub, OpMul, OpDiv, OpMod, OpEq, OpLt:
			b, a := vm.pop(), vm.pop()
			vm.push(arith(in.Op, a, b))
		case OpJmp:
			pc = in.Arg
		case OpJz:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case OpCall:
			vm.frames = append(vm.frames, pc)
			pc = in.Arg
		case OpRet:
			pc = vm.frames[len(vm.frames)-1]
			vm.frames = vm.frames[:len(vm.frames)-1]
		case OpLoad:
			vm.push(vm.mem[in.Arg])
		case OpStore:
			vm.mem[in.Arg] = vm.pop()
		case OpPrint:
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		case OpHalt:
			return nil
		default:
			return fmt.Errorf("bad opcode %v", in.Op)
		}
	}
	return nil
}

func arith(op Opcode, a, b int) int {
	switch op {
	case OpAdd:
		return a + b
	case OpSub:
		return a - b
	case OpMul:
		return a * b
	case OpDiv:
		return a / b // integer divide by zero panics with a runtime.Error
	case OpMod:
		return a % b
	case OpEq:
		if a == b {
			return 1
		}
		return 0
	}
	if a < b {
		return 1
	}
	return 0
}

const countdown = `
        push 5
loop:   dup
        print
        push 1
        sub
        dup
        jz done
        jmp loop
done:   pop
        halt
`

const factorial = `
        push 10
        call fact
        print
        halt
fact:   dup          # n n
        push 2
        lt           # n n<2
        jz recurse
        ret          # leave n (0 or 1 -> fine for n>=1)
recurse:
        dup
        push 1
        sub
        call fact    # n fact(n-1)
        mul
        ret
`

const sumSquares = `
        push 0
        store 0      # acc
        push 1
        store 1      # i
top:    load 1
        push 11
        lt
        jz end
        load 1
        dup
        mul
        load 0
        add
        store 0
        load 1
        push 1
        add
        store 1
        jmp top
end:    load 0
        print
`

func main() {
	programs := []struct{ name, src string }{
		{"countdown", countdown},
		{"factorial", factorial},
		{"sum of squares", sumSquares},
		{"underflow", "push 1\nadd\n"},
		{"divide by zero", "push 1\npush 0\ndiv\nprint\n"},
		{"infinite", "l: jmp l\n"},
		{"bad label", "jmp nowhere\n"},
		{"bad op", "push 1\nfrobnicate\n"},
	}
	for _, p := range programs {
		fmt.Printf("== %s\n", p.name)
		prog, err := Assemble(p.src)
		if err != nil {
			fmt.Println("assemble error:", err)
			continue
		}
		if p.name == "factorial" {
			fmt.Print(Disassemble(prog))
		}
		vm := &VM{}
		err = vm.Run(prog, 1000)
		fmt.Printf("output=%v steps=%d stack=%v err=%v\n", vm.out, vm.steps, vm.stack, err)
		if errors.Is(err, ErrStackUnderflow) {
			fmt.Println("(stack underflow detected)")
		}
	}
}
