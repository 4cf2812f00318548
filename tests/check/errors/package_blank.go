// The package name may not be the blank identifier.

package _ // ERROR "invalid package name _"

func f() {}
