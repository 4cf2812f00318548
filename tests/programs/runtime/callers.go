package main

import (
	"fmt"
	"runtime"
	"strings"
)

// runtime.Caller, Callers, CallersFrames and FuncForPC: function names, files and lines of
// the calling frames (only main's: Go's stacks also hold runtime.main and runtime.goexit),
// through methods, closures, deferred calls (a panic's deferred call is called by
// runtime.gopanic) and method values; and runtime.Compiler.

type T struct{}

func (T) Method() []string { return stack() }
func (*T) PtrMethod() []string { return stack() }

func stack() []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s %s:%d", f.Function, base(f.File), f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), base(file), line)
}

func deferred() {
	fmt.Println("in deferred:", where(0), "|", where(2))
	recover()
}

func panicky() {
	defer deferred()
	panic("x")
}

func plain() {
	defer func() { fmt.Println("plain deferred:", where(1)) }()
}

func main() {
	fmt.Println(runtime.Compiler)
	fmt.Println(strings.Join(stack(), "\n"))
	fmt.Println(strings.Join(T{}.Method(), "\n"))
	fmt.Println(strings.Join((&T{}).PtrMethod(), "\n"))
	f := func() []string { return stack() }
	fmt.Println(strings.Join(f(), "\n"))
	m := T{}.Method
	fmt.Println(strings.Join(m(), "\n"))
	fmt.Println(where(0))
	panicky()
	plain()
	pc, _, _, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	file, line := fn.FileLine(pc)
	fmt.Println(fn.Name(), base(file), line, runtime.FuncForPC(0) == nil)
}
