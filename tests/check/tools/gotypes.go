//go:build ignore

// gotypes type-checks single-file Go programs with go/types (the same
// type checker that `go vet` uses) and prints ALL diagnostics, one per
// line, as "file:line:col: message".  `go vet` itself stops at the first
// type error, so verify_with_go.sh uses this tool to obtain the complete
// go/types diagnostic list.
//
// Usage: go run tools/gotypes.go file.go...
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
)

func main() {
	status := 0
	for _, name := range os.Args[1:] {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.AllErrors)
		if err != nil {
			// Syntax errors: print every entry (go vet prints only the first,
			// followed by "(and N more errors)").
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					fmt.Printf("%s: %s\n", e.Pos, e.Msg)
				}
			} else {
				fmt.Println(err)
			}
			status = 1
			continue
		}
		conf := types.Config{
			Importer: importer.Default(),
			Error: func(err error) {
				te := err.(types.Error)
				fmt.Printf("%s: %s\n", te.Fset.Position(te.Pos), te.Msg)
				status = 1
			},
		}
		conf.Check("main", fset, []*ast.File{f}, nil)
	}
	os.Exit(status)
}
