// A function declaration without a body.
//
// go/types (and therefore go vet) accepts body-less declarations because the
// body may be provided in assembly; only the compiler rejects them.  GC_ERROR
// marks a diagnostic expected from the compiler (cmd/compile) only.

package main

func noBody() // GC_ERROR "missing function body"

func alsoNoBody(x int) int // GC_ERROR "missing function body"

func main() {
	noBody()
	_ = alsoNoBody(1)
}
