// Assignability: assignments, arguments, returns, declarations.

package main

type MyInt int

func takesString(s string) {}

func retString() string {
	n := 3
	return n // ERROR "cannot use n \(variable of type int\) as (type )?string( value)? in return statement"
}

func main() {
	var x int = 1
	var s string
	s = x                        // ERROR "cannot use x \(variable of type int\) as (type )?string( value)? in assignment"
	takesString(x)               // ERROR "cannot use x \(variable of type int\) as (type )?string( value)? in argument to takesString"
	var m MyInt = x              // ERROR "cannot use x \(variable of type int\) as (type )?MyInt( value)? in variable declaration"
	var f float64 = x            // ERROR "cannot use x \(variable of type int\) as (type )?float64( value)? in variable declaration"
	var p *int = &s              // ERROR "cannot use &s \(value of type \*string\) as (type )?\*int( value)? in variable declaration"
	var sl []int = []string{"a"} // ERROR "cannot use .* \(value of type \[\]string\) as (type )?\[\]int( value)? in variable declaration"
	ch := make(chan int, 1)
	ch <- "hello" // ERROR "cannot use "hello" \(untyped string constant\) as int value in send"
	mp := map[string]int{}
	mp[1] = 2 // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_, _, _, _, _ = s, m, f, p, sl
}
