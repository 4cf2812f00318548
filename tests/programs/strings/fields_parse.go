package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Record struct {
	Name  string
	Score int
	Tags  []string
}

func parse(line string) (Record, error) {
	parts := strings.Split(line, "|")
	if len(parts) != 3 {
		return Record{}, fmt.Errorf("line %q: want 3 fields, got %d", line, len(parts))
	}
	score, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		return Record{}, fmt.Errorf("line %q: %w", line, err)
	}
	var tags []string
	for _, t := range strings.Split(parts[2], ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, strings.ToLower(t))
		}
	}
	sort.Strings(tags)
	return Record{strings.TrimSpace(parts[0]), score, tags}, nil
}

func main() {
	input := `alice | 90 | Go, Rust
bob|75|python
 carol | 88 |
dave | x | go
eve | 100 | GO, c, Zig, c
broken line`
	var recs []Record
	for _, line := range strings.Split(input, "\n") {
		r, err := parse(line)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		recs = append(recs, r)
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].Score > recs[j].Score })
	for _, r := range recs {
		fmt.Printf("%-6s %3d %q\n", r.Name, r.Score, r.Tags)
	}
	tagCount := map[string]int{}
	for _, r := range recs {
		for _, t := range r.Tags {
			tagCount[t]++
		}
	}
	fmt.Println(tagCount)
	kv := "a=1;b=2;;c=;=4;d=5=6"
	for _, pair := range strings.Split(kv, ";") {
		k, v, ok := strings.Cut(pair, "=")
		fmt.Printf("%q %q %v\n", k, v, ok)
	}
}
