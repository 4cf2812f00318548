package main

import "unsafe" // ERROR "not supported in weft: package unsafe"

func main() {
}
