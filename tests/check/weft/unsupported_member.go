package main

// A member Go's standard package has and weft does not is refused as not supported, at its
// use; a name Go does not have either stays undefined.

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	var r runtime.MemProfileRecord // ERROR "not supported in weft: runtime.MemProfileRecord"
	_ = r
	runtime.SetMutexProfileFraction(1) // ERROR "not supported in weft: runtime.SetMutexProfileFraction"
	fmt.Printline("x")             // ERROR "undefined: fmt.Printline"
	_ = strings.Title
}
