package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -5: "neg", 0: "zero", 3: "three"})
	fmt.Println(map[string]int{"banana": 1, "Apple": 2, "apple": 3, "": 4, "b": 5})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3, 1e10: 4})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6})
	fmt.Println(map[uint8]bool{200: true, 1: false, 100: true})
	fmt.Println(map[int64]string{-1 << 40: "x", 1 << 40: "y"})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"b": {2}, "a": {1}}, map[string]K{"k": {1, "x"}}, map[int]bool{3: true, 1: false})
	nested := map[string]map[string]int{"z": {"b": 2, "a": 1}, "y": {"d": 4, "c": 3}}
	fmt.Println(nested)
	fmt.Printf("%x %X\n", map[string]int{"a": 255, "b": 16}, map[int]string{10: "hi"})
	fmt.Printf("%5v|\n", map[int]int{1: 2, 3: 4})
}
