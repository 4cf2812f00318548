package main

func Map[T any](xs []T) []T { // ERROR "not supported in weft: type parameters"
	return xs
}

func main() {
}
