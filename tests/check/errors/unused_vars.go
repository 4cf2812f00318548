// Declared and not used.

package main

func f() (int, error) { return 0, nil }

func main() {
	a := 1        // ERROR "a declared (and|but) not used|declared (and|but) not used: a"
	var b int     // ERROR "b declared (and|but) not used|declared (and|but) not used: b"
	c, err := f() // ERROR "c declared (and|but) not used|declared (and|but) not used: c"
	_ = err
	if d := 3; true { // ERROR "d declared (and|but) not used|declared (and|but) not used: d"
	}
	func() {
		e := "x" // ERROR "e declared (and|but) not used|declared (and|but) not used: e"
	}()
	var v interface{} = 1
	switch x := v.(type) { // ERROR "x declared (and|but) not used|declared (and|but) not used: x"
	case int:
	}
	for i, j := 0, 0; i < 1; i++ { // ERROR "j declared (and|but) not used|declared (and|but) not used: j"
	}
	g := 0 // ERROR "g declared (and|but) not used|declared (and|but) not used: g"
	g = 1  // assigned but never read: still unused
}
