package main

// A directive with a column of 0 is an error at the number.

//line foo.go:1:0
var b = 2

func main() {}
