// Label errors with gc's wording (cmd/compile/internal/syntax/branches.go): go/types words some
// of them differently, so those regexps end in an alternative for go/types.

package main

func into() {
	goto In // ERROR "goto In jumps into block starting at .*labels_gc.go:8:|goto In jumps into block$"
	{
	In:
	}
}

func intoCase(x int) {
	goto C // ERROR "goto C jumps into block starting at .*labels_gc.go:16:|goto C jumps into block$"
	switch x {
	case 1:
	C:
	}
}

func over() {
	goto L // ERROR "goto L jumps over declaration of a, b at .*labels_gc.go:23:|goto L jumps over variable declaration at line 23"
	a, b := 1, 2
	_, _ = a, b
L:
}

func overVar() {
	goto L // ERROR "goto L jumps over declaration of v at .*labels_gc.go:30:|goto L jumps over variable declaration at line 30"
	var v, w int
	_, _ = v, w
L:
}

func unused() {
Unused: // ERROR "label Unused defined and not used|label Unused declared (and|but) not used"
	for {
	}
}

func undefined() {
	goto Nowhere // ERROR "label Nowhere not defined|label Nowhere not declared"
}

func badBreak() {
	for {
		break Later // ERROR "break label not defined: Later|invalid break label Later"
	}
Later:
	for {
		continue Later
	}
}

func dup() {
D:
	goto D
D: // ERROR "label D already defined at .*labels_gc.go:56:|label D already declared"
}

func blank() {
_:
	goto _ // ERROR "label _ not defined|label _ not declared"
}

func main() {
	into()
	intoCase(0)
	over()
	overVar()
	unused()
	undefined()
	badBreak()
	dup()
	blank()
}
