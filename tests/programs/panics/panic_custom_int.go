package main

type Code int
type Msg string

func main() {
	defer func() {
		r := recover()
		_ = r
		panic(Code(404))
	}()
	panic(Msg("first"))
}
