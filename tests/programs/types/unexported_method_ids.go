// An unexported method name belongs to its package: main's interface{ copyCheck() } is not
// satisfied by strings.Builder's copyCheck, and main's copyCheck does not collide with the
// promoted strings.Builder one in a method set.
package main

import (
	"fmt"
	"strings"
	"time"
)

type I interface{ sec() int64 }

type J interface{ copyCheck() }

type mine struct{}

func (mine) copyCheck() { fmt.Println("main.copyCheck") }

type Both struct {
	strings.Builder
	mine
}

func main() {
	tm := time.Unix(5, 0)
	var x interface{} = &tm
	_, ok := x.(I)
	fmt.Println(ok)
	var b interface{} = &strings.Builder{}
	_, ok = b.(J)
	fmt.Println(ok)
	var y interface{} = &Both{}
	_, ok = y.(J)
	fmt.Println(ok)
	var j J = &Both{}
	j.copyCheck()
	y = Both{}
	_, ok = y.(J)
	fmt.Println(ok)
	y.(J).copyCheck()
	both := &Both{}
	both.WriteString("built")
	fmt.Println(both.String())
	defer func() { fmt.Println(recover()) }()
	_ = b.(J)
}
