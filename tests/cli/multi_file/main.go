package main

// A program of three files (main.go shapes.go registry.go): declarations of each are visible in
// the others, package variables initialise in dependency order across files, and the init
// functions run file by file in the order the files are given, each file's in source order.

import (
	"fmt"
	"os"
)

var total = area(unit) + float64(len(registry))

func init() { fmt.Println("init main.go") }

func main() {
	fmt.Println("args:", len(os.Args), os.Args[1:])
	fmt.Println("total:", total)
	for _, name := range order {
		fmt.Printf("%s: %.2f\n", name, registry[name].Area())
	}
	fmt.Println(describe(square{2}))
}
