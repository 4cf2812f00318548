package main

import "C" // ERROR "not supported in weft: cgo"

func main() {
}
