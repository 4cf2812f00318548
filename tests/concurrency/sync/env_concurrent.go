package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Goroutines set, read and unset environment variables at once: os guards the environment
// with a lock, as Go's syscall package does (envLock), so nothing races.
func main() {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			key := "WEFT_ENV_TEST_" + strconv.Itoa(g)
			for i := 0; i < 500; i++ {
				if err := os.Setenv(key, strconv.Itoa(i)); err != nil {
					panic(err)
				}
				if v := os.Getenv(key); v != strconv.Itoa(i) {
					panic("read back " + v)
				}
				if i%100 == 0 {
					os.Unsetenv(key)
					_ = os.Environ()
				}
			}
		}(g)
	}
	wg.Wait()
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "WEFT_ENV_TEST_") {
			mine = append(mine, kv)
		}
	}
	sort.Strings(mine)
	fmt.Println(strings.Join(mine, "\n"))
}
