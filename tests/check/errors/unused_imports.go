// Imported and not used.

package main

import (
	"fmt"    // ERROR ".fmt. imported (and|but) not used|imported and not used: .fmt."
	m "math" // ERROR ".math. imported (and|but) not used as m|imported and not used: .math. as m|.math. imported as m and not used"
	"os"     // ERROR ".os. imported (and|but) not used|imported and not used: .os."
	"sort"
	str "strings" // ERROR ".strings. imported (and|but) not used as str|imported and not used: .strings. as str|.strings. imported as str and not used"
	_ "unicode"
)

func main() {
	sort.Ints(nil)
}
