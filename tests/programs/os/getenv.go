package main

import (
	"fmt"
	"os"
)

func main() {
	v := os.Getenv("WEFT_TEST_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %d\n", v, len(v))
	val, ok := os.LookupEnv("WEFT_TEST_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", val, ok)
	os.Setenv("WEFT_TEST_VAR", "hello")
	fmt.Println(os.Getenv("WEFT_TEST_VAR"))
	val, ok = os.LookupEnv("WEFT_TEST_VAR")
	fmt.Println(val, ok)
	os.Unsetenv("WEFT_TEST_VAR")
	val, ok = os.LookupEnv("WEFT_TEST_VAR")
	fmt.Printf("%q %v\n", val, ok)
	fmt.Println(os.ExpandEnv("x=${WEFT_TEST_SURELY_UNSET_VARIABLE}!"))
}
