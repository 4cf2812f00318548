// Word frequency and text statistics over stdin: tokenizing, normalizing,
// counting, n-grams, sorting with tie-breaks, and aligned report output.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

type Count struct {
	Key string
	N   int
}

func sortCounts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Key < out[j].Key
	})
	return out
}

var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an the and or of to in is it that was as for on with be by at this") {
		stopWords[w] = true
	}
}

func words(line string) []string {
	return strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

type Stats struct {
	lines, blank, chars, letters, sentences int
	wordCount                               map[string]int
	bigrams                                 map[string]int
	lengths                                 map[int]int
	firstLetters                            map[rune]int
	longest                                 []string
	lineWords                               []int
	text                                    []string
}

func NewStats() *Stats {
	return &Stats{wordCount: map[string]int{}, bigrams: map[string]int{}, lengths: map[int]int{}, firstLetters: map[rune]int{}}
}

func (s *Stats) Add(line string) {
	s.text = append(s.text, line)
	s.lines++
	if strings.TrimSpace(line) == "" {
		s.blank++
	}
	s.chars += len([]rune(line))
	for _, r := range line {
		if unicode.IsLetter(r) {
			s.letters++
		}
		if r == '.' || r == '!' || r == '?' {
			s.sentences++
		}
	}
	ws := words(line)
	s.lineWords = append(s.lineWords, len(ws))
	prev := ""
	for _, w := range ws {
		w = strings.Trim(w, "'")
		if w == "" {
			continue
		}
		s.wordCount[w]++
		s.lengths[len([]rune(w))]++
		first := []rune(w)[0]
		s.firstLetters[first]++
		if prev != "" {
			s.bigrams[prev+" "+w]++
		}
		prev = w
		switch {
		case len(s.longest) == 0 || len(w) > len(s.longest[0]):
			s.longest = []string{w}
		case len(w) == len(s.longest[0]):
			dup := false
			for _, l := range s.longest {
				if l == w {
					dup = true
				}
			}
			if !dup {
				s.longest = append(s.longest, w)
			}
		}
	}
}

func histogram(n, max, width int) string {
	if max == 0 {
		return ""
	}
	return strings.Repeat("*", (n*width+max-1)/max)
}

func main() {
	st := NewStats()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		st.Add(sc.Text())
	}
	total := 0
	for _, n := range st.wordCount {
		total += n
	}
	fmt.Printf("lines=%d blank=%d chars=%d letters=%d sentences=%d words=%d distinct=%d\n",
		st.lines, st.blank, st.chars, st.letters, st.sentences, total, len(st.wordCount))

	fmt.Println("\nTop words:")
	counts := sortCounts(st.wordCount)
	for i, c := range counts {
		if i == 12 {
			break
		}
		fmt.Printf("%3d. %-12s %3d %5.1f%% %s\n", i+1, c.Key, c.N, 100*float64(c.N)/float64(total), histogram(c.N, counts[0].N, 20))
	}

	fmt.Println("\nTop content words:")
	shown := 0
	for _, c := range counts {
		if stopWords[c.Key] {
			continue
		}
		fmt.Printf("  %s(%d)", c.Key, c.N)
		shown++
		if shown == 8 {
			break
		}
	}
	fmt.Println()

	fmt.Println("\nTop bigrams:")
	for i, c := range sortCounts(st.bigrams) {
		if i == 6 || c.N < 2 {
			break
		}
		fmt.Printf("  %-20q %d\n", c.Key, c.N)
	}

	fmt.Println("\nWord lengths:")
	var lens []int
	maxLen := 0
	for l, n := range st.lengths {
		lens = append(lens, l)
		if n > maxLen {
			maxLen = n
		}
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Printf("  %2d | %-30s %d\n", l, histogram(st.lengths[l], maxLen, 30), st.lengths[l])
	}

	fmt.Println("\nFirst letters:", st.firstLetters)
	sort.Strings(st.longest)
	fmt.Println("Longest words:", st.longest)
	fmt.Println("Words per line:", st.lineWords)

	hapax := []string{}
	for _, c := range counts {
		if c.N == 1 {
			hapax = append(hapax, c.Key)
		}
	}
	sort.Strings(hapax)
	if len(hapax) > 10 {
		hapax = hapax[:10]
	}
	fmt.Println("Some hapax legomena:", strings.Join(hapax, ", "))
	titled := make([]string, 0, 5)
	for _, c := range counts[:5] {
		titled = append(titled, strings.ToUpper(c.Key[:1])+c.Key[1:])
	}
	fmt.Println(strings.Join(titled, " | "))

	fmt.Println("\nConcordance for \"we\":")
	for i, line := range st.text {
		lower := strings.ToLower(line)
		for off := 0; ; {
			j := strings.Index(lower[off:], "we ")
			if j < 0 {
				break
			}
			pos := off + j
			if pos == 0 || !unicode.IsLetter(rune(lower[pos-1])) {
				left := pos - 12
				if left < 0 {
					left = 0
				}
				right := pos + 15
				if right > len(line) {
					right = len(line)
				}
				fmt.Printf("  %2d:%-3d ...%s...\n", i+1, pos, line[left:right])
			}
			off = pos + 3
		}
	}
}
