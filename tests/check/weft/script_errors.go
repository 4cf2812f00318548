// A script still gets every type error Go would report.
x := 1
var s string // package-level, like every top-level declaration in a script
s = x // ERROR "cannot use x \(variable of type int\) as string value in assignment"
var fromLocal = x // ERROR "undefined: x"
fmt.Println(s + 1) // ERROR "cannot convert 1 \(untyped int constant\) to type string|mismatched types string and untyped int"
y := undefinedThing // ERROR "undefined: undefinedThing"
strings.NoSuchFunction() // ERROR "undefined: strings.NoSuchFunction"
