package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	// The runs have PATH and LANG set (tests/programs/README.md); the rest may vary.
	fmt.Println(os.Getenv("LANG"), os.Getenv("PATH") != "")
	os.Unsetenv("HOME")
	os.Unsetenv("TMPDIR")
	for _, kv := range []struct{ k, v string }{{"WEFTTEST_A", "1"}, {"WEFTTEST_B", "two words"}, {"WEFTTEST_EMPTY", ""}} {
		fmt.Println(os.Setenv(kv.k, kv.v))
	}
	v, ok := os.LookupEnv("WEFTTEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("WEFTTEST_A", "one")
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "WEFTTEST_") {
			mine = append(mine, kv)
		}
	}
	sort.Strings(mine)
	fmt.Printf("%q\n", mine)

	for _, k := range []string{"", "A=B", "NUL\x00"} {
		err := os.Setenv(k, "x")
		var se *os.SyscallError
		fmt.Printf("%q: %v %v\n", k, err, errors.As(err, &se) && se.Syscall == "setenv")
	}
	fmt.Println(os.Setenv("WEFTTEST_NUL", "a\x00b"))
	fmt.Println(os.Unsetenv("WEFTTEST_B"), os.Unsetenv("WEFTTEST_NEVER_SET"))
	_, ok = os.LookupEnv("WEFTTEST_B")
	fmt.Println(ok)

	fmt.Println(os.ExpandEnv("$WEFTTEST_A-${WEFTTEST_A}-$WEFTTEST_MISSING-${}-$-${WEFTTEST_A"))
	mapping := func(s string) string { return "<" + s + ">" }
	fmt.Println(os.Expand("$1 $* ${#} $a_b9 ${x y} $$ $", mapping))
	fmt.Println(os.Expand("no dollar", mapping))

	fmt.Println(os.TempDir())
	home, err := os.UserHomeDir()
	fmt.Printf("%q %v\n", home, err)
	os.Setenv("HOME", "/home/weft")
	home, err = os.UserHomeDir()
	fmt.Printf("%q %v\n", home, err)
	os.Setenv("TMPDIR", "/var/tmp")
	fmt.Println(os.TempDir())

	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("PATH") == "")
	os.Setenv("AFTER", "clear")
	fmt.Println(os.Environ())
}
