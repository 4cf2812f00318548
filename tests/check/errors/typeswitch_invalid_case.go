// In a type switch clause whose single case is not a type, the variable is invalid: its uses
// give no further errors (go/parser rejects the case while parsing: the rest is gc's).

package main

func main() {
	var x interface{}
	switch t := x.(type) {
	case 0: // ERROR "0 is not a type|expected type, found 0"
		t.x = 1
		x.x = 1 // GC_ERROR "x\.x undefined \(type interface\{\} has no field or method x\)"
	}
}
