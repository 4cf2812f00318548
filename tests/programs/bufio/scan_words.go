package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;:!?\"'()"))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	fmt.Println("total words:", total, "distinct:", len(counts))
	for _, e := range list[:8] {
		fmt.Printf("%-6s %d\n", e.w, e.c)
	}
}
