// A script still gets every type error Go would report.
x := 1
var s string = x // ERROR "cannot use x \(variable of type int\) as string value in variable declaration"
fmt.Println(s + 1) // ERROR "cannot convert 1 \(untyped int constant\) to type string|mismatched types string and untyped int"
y := undefinedThing // ERROR "undefined: undefinedThing"
strings.NoSuchFunction() // ERROR "undefined: strings.NoSuchFunction"
