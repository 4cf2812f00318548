package main

import (
	"fmt"
	"os"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Grid [2][2]int

func main() {
	s := fmt.Sprintf("%d-%s-%v", 1, "two", []int{3})
	fmt.Println(s, len(s))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%05.1f|", 3.14159)
	fmt.Fprint(&sb, Temp(21.456), "|")
	fmt.Fprintln(&sb, "end")
	fmt.Print(sb.String())
	fmt.Println(fmt.Sprint(Grid{{1, 2}, {3, 4}}))
	fmt.Println(fmt.Sprintf("%v", Temp(-3)), fmt.Sprintf("%.2f", Temp(-3)), fmt.Sprintf("%g", Temp(2)))
	fmt.Println(fmt.Sprintf("%6.2f|%-8v|%8v", Temp(1), Temp(2), Temp(3)))
	b := fmt.Append(nil, "x", 1, 2)
	b = fmt.Appendf(b, "|%03d|", 7)
	b = fmt.Appendln(b, "y", 3)
	os.Stdout.Write(b)
	fmt.Println(fmt.Sprintln("a", 1) + "b")
	vals := []interface{}{int8(1), int16(2), int32(3), int64(4), uint8(5), uint16(6), uint32(7), uint64(8), uintptr(9), float32(1.5), 2.5, "s", true, 'r', []byte("b")}
	for _, v := range vals {
		fmt.Printf("%v:%T ", v, v)
	}
	fmt.Println()
}
