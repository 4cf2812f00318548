package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printline("x") // ERROR "undefined: fmt.Printline"
	_ = strings.builder{} // ERROR "name builder not exported by package strings|undefined: strings.builder"
}
