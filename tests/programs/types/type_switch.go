package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Stringer interface{ String() string }
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case MyInt:
		return fmt.Sprintf("MyInt %d", x)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		return fmt.Sprint("ptr to ", *x)
	case bool, float64:
		return fmt.Sprintf("bool or float: %v", x)
	case struct{ A int }:
		return fmt.Sprint("anon struct ", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 9
	vals := []interface{}{nil, 1, MyInt(2), int8(3), int16(4), "hello", []int{1, 2}, map[string]int{},
		errors.New("bad"), Temp(21.5), func() int { return 7 }, &n, true, 2.5, struct{ A int }{5},
		uint(3), []string{}, float32(1)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error in type switch")
	default:
		fmt.Println("not nil")
	}
	var s fmt.Stringer = Temp(3)
	switch v := s.(type) {
	case Temp:
		fmt.Println("Temp", float64(v))
	}
	switch interface{}(3.0).(type) {
	case int:
		fmt.Println("int")
	case float64:
		fmt.Println("float64")
	}
}
