// In a file with syntax errors, gc still checks the labels of the functions that have none (its
// parser checks branches function by function); nothing else is type-checked.

package main

func broken() {
	var 1 = 2 // ERROR "syntax error: unexpected literal 1, expect(ed|ing) name|expected 'IDENT', found 1"
}

func clean() {
Unused: // GC_ERROR "label Unused defined and not used"
	goto Missing // GC_ERROR "label Missing not defined"
	var y int = "no type check here"
}

func main() {}
