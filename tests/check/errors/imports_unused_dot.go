// An unused dot import is reported; a used one is not. The import's name is shown when it is
// not the last element of the path.

package main

import (
	. "math"          // ERROR ".math. imported (and|but) not used|imported and not used: .math."
	. "strings"
	str "strconv"     // ERROR ".strconv. imported (as str and not used|but not used as str)|imported and not used: .strconv. as str"
	utf8 "unicode/utf8" // ERROR ".unicode/utf8. imported (and|but) not used|imported and not used: .unicode/utf8."
)

func main() {
	println(ToUpper("x"))
}
