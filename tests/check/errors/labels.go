// Label misuse: unused, undefined, break/continue outside loops.

package main

func f1() {
Unused: // ERROR "label Unused (defined|declared) (and|but) not used"
	for {
		break
	}
}

func f2() {
	goto Missing // ERROR "label Missing not (defined|declared)"
}

func f3(x int) {
	if x > 0 {
		break // ERROR "break is not in a loop, switch, or select|break not in for, switch, or select statement"
	}
	continue // ERROR "continue is not in a loop|continue not in for statement"
}

func f4(x int) {
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop|continue not in for statement"
	}
}

func f6(x int) {
Sw:
	switch x {
	case 1:
		for {
			continue Sw // ERROR "invalid continue label Sw"
		}
	case 2:
		break Sw
	}
}

func f7(b bool) {
Blk:
	{
		if b {
			goto Blk
		}
		break Blk // ERROR "invalid break label Blk"
	}
}

func f8() {
	select {
	default:
		continue // ERROR "continue is not in a loop|continue not in for statement"
	}
}

func f9() {
	func() {
		break // ERROR "break is not in a loop, switch, or select|break not in for, switch, or select statement"
	}()
}

func main() {
	f1()
	f2()
	f3(1)
	f4(1)
	f6(1)
	f7(true)
	f8()
	f9()
}
