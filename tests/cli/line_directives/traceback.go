package main

// A panic's traceback gives the positions //line directives say, in every frame.

func inner() {
//line gen/inner.go:40
	panic("boom")
}

/*line gen/outer.go:7:1*/ func outer() {
	inner()
}

func main() {
	defer func() {
//line :90
		outer()
	}()
	panic("first")
}
