// goto: jumping over variable declarations, into blocks, duplicate labels.

package main

func f1() {
	goto L // ERROR "goto L jumps over (variable )?declaration"
	x := 1
	_ = x
L:
}

func f2(b bool) {
	goto Inside // ERROR "goto Inside jumps into block"
	if b {
	Inside:
	}
}

func f3() {
Dup:
	goto Dup
Dup: // ERROR "label Dup already (defined|declared)"
}

func f4() {
	for i := 0; i < 1; i++ {
	Loop:
		_ = i
	}
	goto Loop // ERROR "goto Loop jumps into block"
}

func f5() {
	goto Ok // jumping backwards and over nothing is fine
Ok:
	var y = 2
	_ = y
}

func main() {
	f1()
	f2(true)
	f3()
	f4()
	f5()
}
