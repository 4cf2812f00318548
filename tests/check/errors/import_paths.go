// An empty import path, in types2's words. (The go command stops at the first bad import path,
// so the others types2 refuses, `invalid import path (invalid character U+0021 '!')`, and gc's
// importer errors for absolute and non-canonical paths are checked by Go's test/import6.go and
// fixedbugs/issue11362.go in tests/gotest/errorcheck.py.)

package main

import "" // ERROR "invalid import path \(empty string\)|invalid import path"

func main() {}
