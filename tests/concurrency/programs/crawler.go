package main

import (
	"fmt"
	"sort"
	"sync"
)

// The Go tour's web crawler exercise with a fake fetcher: fetch URLs in parallel to a
// given depth without fetching the same URL twice. The visited set is protected by a
// mutex; results are collected and sorted.

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
	"https://golang.org/pkg/os/": &fakeResult{
		"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

func (v *visited) add(line string) {
	v.mu.Lock()
	v.log = append(v.log, line)
	v.mu.Unlock()
}

func Crawl(url string, depth int, f Fetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		v.add(err.Error())
		return
	}
	v.add(fmt.Sprintf("found: %s %q", url, body))
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

// A channel-based crawler: a single coordinator owns the seen set.
func CrawlChan(start string, depth int, f Fetcher) []string {
	type work struct {
		urls  []string
		depth int
	}
	worklist := make(chan work)
	var out []string
	pending := 1
	go func() { worklist <- work{[]string{start}, depth} }()
	seen := map[string]bool{}
	results := make(chan string)
	for pending > 0 {
		select {
		case w := <-worklist:
			pending--
			if w.depth <= 0 {
				continue
			}
			for _, u := range w.urls {
				if seen[u] {
					continue
				}
				seen[u] = true
				pending++
				go func(u string, d int) {
					body, urls, err := f.Fetch(u)
					if err != nil {
						results <- err.Error()
					} else {
						results <- u + " " + body
					}
					worklist <- work{urls, d - 1}
				}(u, w.depth)
				pending++
			}
		case r := <-results:
			pending--
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	for _, depth := range []int{1, 2, 4} {
		v := &visited{seen: map[string]bool{}}
		var wg sync.WaitGroup
		wg.Add(1)
		Crawl("https://golang.org/", depth, fetcher, v, &wg)
		wg.Wait()
		sort.Strings(v.log)
		fmt.Println("depth", depth)
		for _, l := range v.log {
			fmt.Println("  " + l)
		}
	}
	fmt.Println("channel crawler:")
	for _, l := range CrawlChan("https://golang.org/", 4, fetcher) {
		fmt.Println("  " + l)
	}
}
