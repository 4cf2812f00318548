// Qualified identifiers: unexported and missing package members.

package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.println("x")    // ERROR "undefined: fmt\.println|println not declared by package fmt|name println not exported by package fmt"
	_ = strings.noSuch  // ERROR "undefined: strings\.noSuch|noSuch not declared by package strings"
	_ = strings.Builder // ERROR "strings\.Builder \(type\) is not an expression"
	var b strings.Builder
	b.WriteString("x")
	_ = b.buf // ERROR "b\.buf undefined \(type strings\.Builder has no field or method buf\)"
	x := fmt  // ERROR "use of package fmt not in selector"
	_ = x
	fmt.Println(strings.ToUpper(1)) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to strings\.ToUpper"
	_ = fmt.Sprintf("%d") + 1       // ERROR "invalid operation: fmt\.Sprintf\(.%d.\) \+ 1 \(mismatched types string and untyped int\)"
}
