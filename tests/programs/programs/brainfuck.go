// A Brainfuck interpreter with a compile step (run-length folding and
// precomputed jumps), a tracing mode, error reporting and several programs.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type OpCode byte

const (
	OpAdd OpCode = iota
	OpMove
	OpOut
	OpIn
	OpJz
	OpJnz
	OpClear
)

func (o OpCode) String() string {
	return [...]string{"ADD", "MOVE", "OUT", "IN", "JZ", "JNZ", "CLEAR"}[o]
}

type Instr struct {
	Op  OpCode
	Arg int
}

func (i Instr) String() string { return fmt.Sprintf("%v(%d)", i.Op, i.Arg) }

type CompileError struct {
	Pos int
	Msg string
}

func (e CompileError) Error() string { return fmt.Sprintf("compile error at %d: %s", e.Pos, e.Msg) }

var ErrTapeOverflow = errors.New("tape pointer out of range")
var ErrStepLimit = errors.New("step limit exceeded")

func compile(src string) ([]Instr, error) {
	var code []Instr
	var stack []int
	var positions []int
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '+', '-':
			d := 1
			if c == '-' {
				d = -1
			}
			if n := len(code); n > 0 && code[n-1].Op == OpAdd {
				code[n-1].Arg += d
			} else {
				code = append(code, Instr{OpAdd, d})
			}
		case '>', '<':
			d := 1
			if c == '<' {
				d = -1
			}
			if n := len(code); n > 0 && code[n-1].Op == OpMove {
				code[n-1].Arg += d
			} else {
				code = append(code, Instr{OpMove, d})
			}
		case '.':
			code = append(code, Instr{OpOut, 0})
		case ',':
			code = append(code, Instr{OpIn, 0})
		case '[':
			stack = append(stack, len(code))
			positions = append(positions, i)
			code = append(code, Instr{OpJz, -1})
		case ']':
			if len(stack) == 0 {
				return nil, CompileError{i, "unmatched ]"}
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			positions = positions[:len(positions)-1]
			// [-] or [+] becomes CLEAR
			if len(code) == open+2 && code[open+1].Op == OpAdd && (code[open+1].Arg == 1 || code[open+1].Arg == -1) {
				code = code[:open]
				code = append(code, Instr{OpClear, 0})
				continue
			}
			code[open].Arg = len(code)
			code = append(code, Instr{OpJnz, open})
		}
	}
	if len(stack) > 0 {
		return nil, CompileError{positions[len(positions)-1], "unmatched ["}
	}
	// drop zero-effect instructions
	out := code[:0]
	remap := make([]int, len(code)+1)
	for i, in := range code {
		remap[i] = len(out)
		if (in.Op == OpAdd || in.Op == OpMove) && in.Arg == 0 {
			continue
		}
		out = append(out, in)
	}
	remap[len(code)] = len(out)
	for i := range out {
		if out[i].Op == OpJz || out[i].Op == OpJnz {
			out[i].Arg = remap[out[i].Arg]
		}
	}
	return out, nil
}

type Machine struct {
	tape   []byte
	ptr    int
	input  string
	inPos  int
	output strings.Builder
	steps  int
	limit  int
}

func (m *Machine) Run(code []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrTapeOverflow) {
				err = e
				return
			}
			panic(r)
		}
	}()
	for pc := 0; pc < len(code); pc++ {
		m.steps++
		if m.limit > 0 && m.steps > m.limit {
			return fmt.Errorf("after %d steps: %w", m.limit, ErrStepLimit)
		}
		in := code[pc]
		switch in.Op {
		case OpAdd:
			m.tape[m.ptr] += byte(in.Arg)
		case OpMove:
			m.ptr += in.Arg
			if m.ptr < 0 || m.ptr >= len(m.tape) {
				panic(fmt.Errorf("pc %d, ptr %d: %w", pc, m.ptr, ErrTapeOverflow))
			}
		case OpOut:
			m.output.WriteByte(m.tape[m.ptr])
		case OpIn:
			if m.inPos < len(m.input) {
				m.tape[m.ptr] = m.input[m.inPos]
				m.inPos++
			} // at EOF the cell is left unchanged
		case OpJz:
			if m.tape[m.ptr] == 0 {
				pc = in.Arg
			}
		case OpJnz:
			if m.tape[m.ptr] != 0 {
				pc = in.Arg
			}
		case OpClear:
			m.tape[m.ptr] = 0
		}
	}
	return nil
}

func runProgram(name, src, input string, limit int) {
	code, err := compile(src)
	if err != nil {
		var ce CompileError
		fmt.Printf("[%s] %v (as CompileError: %v)\n", name, err, errors.As(err, &ce))
		return
	}
	if limit == 0 {
		limit = 2000000
	}
	m := &Machine{tape: make([]byte, 300), input: input, limit: limit}
	err = m.Run(code)
	out := m.output.String()
	fmt.Printf("[%s] %d instrs, %d steps, err=%v\n", name, len(code), m.steps, err)
	fmt.Printf("  output: %q\n", out)
	nz := 0
	for _, b := range m.tape {
		if b != 0 {
			nz++
		}
	}
	fmt.Printf("  ptr=%d nonzero cells=%d\n", m.ptr, nz)
}

const hello = `++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.`

const rot13 = `-,+[-[>>++++[>++++++++<-]<+<-[>+>+>-[>>>]<[[>+<-]>>+>]<<<<<-]]>>>[-]+>--[-[<->+++[-]]]<[++++++++++++<[>-[>+>>]>[+[<+>-]>+>>]<<<<<-]>>[<+>-]>[-[-<<[-]>>]<<[<<->>-]>>]<<[<<+>>-]]<[-]<.[-]<-,+]`

const reverse = `>,[>,]<[.<]`

const nested = `++++[>++++[>++++<-]<-]>>.+.>++++++[<++++++++>-]<+.+.+.`

func main() {
	runProgram("hello", hello, "", 0)
	runProgram("rot13", rot13, "Hello, World! Uryyb", 0)
	runProgram("reverse", reverse, "stressed", 0)
	runProgram("nested", nested, "", 0)
	runProgram("add", ",>,[<+>-]<------------------------------------------------.", "34", 0)
	runProgram("unmatched-close", "+++]", "", 0)
	runProgram("unmatched-open", "+[[-]", "", 0)
	runProgram("infinite", "+[]", "", 1000)
	runProgram("underflow", "<<", "", 0)
	runProgram("wrap", "-.+.", "", 0)
	code, _ := compile("+++[->++<]>>--<<[-]")
	fmt.Println(code)
}
