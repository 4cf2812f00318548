package main

import "unsafe"

// Of package unsafe, weft has Sizeof, Alignof and Offsetof (constants): the rest is refused.

var p unsafe.Pointer // ERROR "not supported in weft: unsafe.Pointer"

func main() {
	var b [4]byte
	_ = unsafe.Slice(&b[0], 4) // ERROR "not supported in weft: unsafe.Slice"
	_ = unsafe.Sizeof(b)
}
