// What fmt prints for contexts: their String methods name the chain from Background or TODO
// down, a WithValue shows the key's type and the value when it is a string or a Stringer,
// and a context type without a String method is named by its type.
package main

import (
	"context"
	"fmt"
)

type key int

type name string

func (n name) String() string { return "name:" + string(n) }

type plain struct{ x int }

// myCtx is a custom Context with no String method.
type myCtx struct {
	context.Context
}

// namedCtx has one.
type namedCtx struct {
	context.Context
}

func (namedCtx) String() string { return "namedCtx" }

func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	c, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Println(c)
	cc, cancel2 := context.WithCancel(c)
	defer cancel2()
	fmt.Println(cc)
	t, cancel3 := context.WithCancel(context.TODO())
	defer cancel3()
	fmt.Println(t)

	fmt.Println(context.WithValue(bg, key(1), "str"))
	fmt.Println(context.WithValue(bg, "k", name("n")))
	fmt.Println(context.WithValue(bg, key(1), 42))
	fmt.Println(context.WithValue(bg, plain{1}, plain{2}))
	fmt.Println(context.WithValue(bg, &plain{1}, nil))
	fmt.Println(context.WithValue(cc, key(2), "x"))
	v := context.WithValue(context.WithValue(t, key(1), "a"), key(2), "b")
	fmt.Println(v)
	vc, cancel4 := context.WithCancel(v)
	defer cancel4()
	fmt.Println(vc)

	fmt.Println(myCtx{bg})
	mc, cancel5 := context.WithCancel(myCtx{bg})
	defer cancel5()
	fmt.Println(mc)
	pmc, cancel6 := context.WithCancel(&myCtx{bg})
	defer cancel6()
	fmt.Println(pmc)
	fmt.Println(context.WithValue(myCtx{bg}, key(3), "y"))
	nc, cancel7 := context.WithCancel(namedCtx{bg})
	defer cancel7()
	fmt.Println(nc)

	fmt.Printf("%v | %s\n", c, c)
	fmt.Println(fmt.Sprint(context.WithValue(c, key(9), "z")))

	// Errors print as their text.
	cancel()
	fmt.Println(c.Err())
	fmt.Printf("%v | %q\n", cc.Err(), cc.Err())
	fmt.Println(context.DeadlineExceeded)
	fmt.Println(context.Canceled)
}
