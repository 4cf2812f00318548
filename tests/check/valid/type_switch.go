// Type switches.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

type Pair struct{ A, B int }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x*2)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice sum %d", sum(x))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(x))
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case Pair:
		return fmt.Sprintf("pair %d", x.A+x.B)
	case *Pair:
		x.A = 100
		return "pair pointer"
	case float64, float32:
		return fmt.Sprintf("float %T", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	p := &Pair{1, 2}
	vals := []interface{}{
		nil, 21, int8(3), int16(4), "hello", true, false,
		errors.New("boom"), Temp(36.6), []int{1, 2, 3},
		map[string]int{"a": 1}, func() int { return 7 }, Pair{3, 4}, p,
		1.5, float32(2), uint(9), struct{}{}, [2]int{},
	}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	fmt.Println(p.A)

	var s Stringer = Temp(1)
	switch s.(type) {
	case Temp:
		fmt.Println("Temp via interface")
	}
	switch t := interface{}(3).(type) {
	case int, string:
		fmt.Printf("%T %v\n", t, t)
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("non-nil")
	}
}
