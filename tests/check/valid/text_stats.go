// Text statistics: word frequencies, line/word/char counts, longest words,
// letter histogram, bigrams; reads embedded text with bufio.Scanner.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way.`

type WordCount struct {
	Word  string
	Count int
}

func tokenize(line string) []string {
	return strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func topN(freq map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(freq))
	for w, c := range freq {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func histogram(counts map[rune]int, width int) []string {
	var letters []rune
	maxCount := 0
	for r, c := range counts {
		letters = append(letters, r)
		if c > maxCount {
			maxCount = c
		}
	}
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	var rows []string
	for _, r := range letters {
		bar := counts[r] * width / maxCount
		rows = append(rows, fmt.Sprintf("%c %3d %s", r, counts[r], strings.Repeat("#", bar)))
	}
	return rows
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(corpus))
	lines, words, chars := 0, 0, 0
	freq := map[string]int{}
	letters := map[rune]int{}
	bigrams := map[string]int{}
	longest := []string{}
	var prev string
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len([]rune(line)) + 1
		for _, w := range tokenize(line) {
			words++
			freq[w]++
			if prev != "" {
				bigrams[prev+" "+w]++
			}
			prev = w
			switch {
			case len(longest) == 0 || len(w) > len(longest[0]):
				longest = []string{w}
			case len(w) == len(longest[0]):
				dup := false
				for _, l := range longest {
					if l == w {
						dup = true
					}
				}
				if !dup {
					longest = append(longest, w)
				}
			}
		}
		for _, r := range strings.ToLower(line) {
			if unicode.IsLetter(r) {
				letters[r]++
			}
		}
	}
	fmt.Printf("lines=%d words=%d chars=%d unique=%d\n", lines, words, chars, len(freq))
	fmt.Println("top words:")
	for i, wc := range topN(freq, 8) {
		fmt.Printf("%2d. %-8s %d\n", i+1, wc.Word, wc.Count)
	}
	fmt.Println("top bigrams:")
	for _, wc := range topN(bigrams, 5) {
		fmt.Printf("   %-12s %d\n", wc.Word, wc.Count)
	}
	sort.Strings(longest)
	fmt.Println("longest:", longest)
	fmt.Println("letter histogram:")
	for _, row := range histogram(letters, 30) {
		fmt.Println(row)
	}
	var once []string
	for w, c := range freq {
		if c == 1 {
			once = append(once, w)
		}
	}
	sort.Strings(once)
	fmt.Println("hapax legomena:", len(once), strings.Join(once[:6], ","))
	total := 0
	for _, wc := range topN(freq, len(freq)) {
		total += wc.Count
	}
	fmt.Printf("average word length: %.3f, total=%d\n", avgLen(freq), total)
}

func avgLen(freq map[string]int) float64 {
	sum, n := 0, 0
	for w, c := range freq {
		sum += len(w) * c
		n += c
	}
	return float64(sum) / float64(n)
}
