// A package used other than in a selector is an error, and the import is still unused.

package main

import "fmt" // ERROR ".fmt. imported (and|but) not used|imported and not used: .fmt."

func main() {
	_ = fmt // ERROR "use of package fmt not in selector"
}
