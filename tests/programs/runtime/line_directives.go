package main

import (
	"fmt"
	"runtime"
	"strings"
)

// //line and /*line*/ directives relabel the positions runtime.Caller, Callers, CallersFrames
// and FuncForPC report: the forms file:line and file:line:col, an empty file name (Go's "??",
// or the previous file when a column is given), file names holding ':', several directives on
// one line, functions and closures declared after a directive, and code reached after one.

func where() string {
	_, file, line, ok := runtime.Caller(1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s:%d", file, line)
}

func frames() string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(2, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fs.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s %s:%d", f.Function, f.File, f.Line))
		}
		if !more {
			break
		}
	}
	return strings.Join(out, " <- ")
}

//line gen/lib.go:100
func relabeled() string {
	return where()
}

func relabeledFrames() string {
	return frames()
}

func self() (string, int) {
	pc, _, _, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	file, line := fn.FileLine(pc)
	return fn.Name() + " " + file, line
}

//line /abs/path/other.go:7
func closure() func() string {
	return func() string {
		return where()
	}
}

func main() {
	fmt.Println(relabeled())
	fmt.Println(relabeledFrames())
	fmt.Println(self())
	fmt.Println(closure()())
//line :1
	fmt.Println(where())
//line foo.go:1
	fmt.Println(where())
//line bar.go:10:20
	fmt.Println(where())
//line :11:22
	fmt.Println(where())
//line c:/dir/win.go:987
	fmt.Println(where())
	/*line :1*/ fmt.Println(where())
	/*line foo.go:1*/ fmt.Println(where())
	/*line bar.go:10:20*/ fmt.Println(where())
	/*line :11:22*/ fmt.Println(where())
	/*line :10*/ fmt.Println(where()); /*line foo.go:20*/ fmt.Println(where()); /*line :30:1*/ fmt.Println(where())
	fmt.Println(where())
	fmt.Println(frames())
	func() {
		fmt.Println(where())
	}()
	// not directives: ignored
	// line x.go:5
	//line no number
	/* line y.go:6 */
	fmt.Println(where())
}
