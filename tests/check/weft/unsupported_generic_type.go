package main

type List[T any] struct { // ERROR "not supported in weft: type parameters"
	items []T
}

func main() {
}
