package main

// Compile errors after //line and /*line*/ directives: relabeled, without a column after a
// directive that gives none.

func main() {
	a := undefinedA
//line gen.go:10
	b := undefinedB
//line gen.go:20:5
	c := undefinedC
	/*line hgen.go:30:7*/ d := undefinedD
	_, _, _, _ = a, b, c, d
//line igen.go:40
	e := undefinedE
	_ = e
}
