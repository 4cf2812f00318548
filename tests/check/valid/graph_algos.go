// Graph algorithms on small weighted graphs: BFS, DFS, Dijkstra with a
// hand-written binary heap, topological sort, connected components,
// cycle detection, and Kruskal's MST with union-find.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Edge struct {
	From, To string
	W        int
}

type Graph struct {
	directed bool
	adj      map[string][]Edge
	nodes    []string
}

func NewGraph(directed bool) *Graph {
	return &Graph{directed: directed, adj: map[string][]Edge{}}
}

func (g *Graph) addNode(n string) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
		sort.Strings(g.nodes)
	}
}

func (g *Graph) AddEdge(a, b string, w int) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], Edge{a, b, w})
	if !g.directed {
		g.adj[b] = append(g.adj[b], Edge{b, a, w})
	}
}

func (g *Graph) neighbors(n string) []Edge {
	es := append([]Edge(nil), g.adj[n]...)
	sort.Slice(es, func(i, j int) bool { return es[i].To < es[j].To })
	return es
}

func (g *Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, e := range g.neighbors(n) {
			if !seen[e.To] {
				seen[e.To] = true
				queue = append(queue, e.To)
			}
		}
	}
	return order
}

func (g *Graph) DFS(start string) []string {
	seen := map[string]bool{}
	var order []string
	var visit func(string)
	visit = func(n string) {
		seen[n] = true
		order = append(order, n)
		for _, e := range g.neighbors(n) {
			if !seen[e.To] {
				visit(e.To)
			}
		}
	}
	visit(start)
	return order
}

// minHeap of (dist, node) pairs.
type item struct {
	dist int
	node string
}
type minHeap []item

func (h minHeap) less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].node < h[j].node
}

func (h *minHeap) push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *minHeap) pop() item {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(*h) && h.less(l, m) {
			m = l
		}
		if r < len(*h) && h.less(r, m) {
			m = r
		}
		if m == i {
			return top
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	h := &minHeap{}
	h.push(item{0, src})
	for len(*h) > 0 {
		cur := h.pop()
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.neighbors(cur.node) {
			nd := cur.dist + e.W
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				h.push(item{nd, e.To})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) string {
	var p []string
	for n := dst; ; n = prev[n] {
		p = append([]string{n}, p...)
		if n == src {
			break
		}
		if _, ok := prev[n]; !ok {
			return "unreachable"
		}
	}
	return strings.Join(p, "->")
}

func (g *Graph) TopoSort() ([]string, bool) {
	indeg := map[string]int{}
	for _, n := range g.nodes {
		for _, e := range g.adj[n] {
			indeg[e.To]++
		}
	}
	var ready, order []string
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, e := range g.adj[n] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				ready = append(ready, e.To)
			}
		}
	}
	return order, len(order) == len(g.nodes)
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, n := range g.nodes {
		if seen[n] {
			continue
		}
		comp := g.BFS(n)
		for _, c := range comp {
			seen[c] = true
		}
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

type UnionFind map[string]string

func (u UnionFind) Find(x string) string {
	if _, ok := u[x]; !ok {
		u[x] = x
	}
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

func (u UnionFind) Union(a, b string) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	u[ra] = rb
	return true
}

func (g *Graph) Kruskal() ([]Edge, int) {
	var edges []Edge
	for _, n := range g.nodes {
		for _, e := range g.adj[n] {
			if e.From < e.To {
				edges = append(edges, e)
			}
		}
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].W != edges[j].W {
			return edges[i].W < edges[j].W
		}
		return edges[i].From+edges[i].To < edges[j].From+edges[j].To
	})
	uf := UnionFind{}
	var tree []Edge
	total := 0
	for _, e := range edges {
		if uf.Union(e.From, e.To) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	g := NewGraph(false)
	for _, e := range []Edge{{"A", "B", 4}, {"A", "C", 2}, {"B", "C", 5}, {"B", "D", 10}, {"C", "E", 3}, {"E", "D", 4}, {"D", "F", 11}, {"X", "Y", 1}} {
		g.AddEdge(e.From, e.To, e.W)
	}
	fmt.Println("nodes:", g.nodes)
	fmt.Println("bfs:", g.BFS("A"))
	fmt.Println("dfs:", g.DFS("A"))
	dist, prev := g.Dijkstra("A")
	for _, n := range g.nodes {
		if d, ok := dist[n]; ok {
			fmt.Printf("  A->%s %2d via %s\n", n, d, path(prev, "A", n))
		} else {
			fmt.Printf("  A->%s unreachable\n", n)
		}
	}
	fmt.Println("components:", g.Components())
	tree, total := g.Kruskal()
	fmt.Println("mst:", tree, "weight", total)

	dag := NewGraph(true)
	deps := map[string][]string{
		"app":    {"lib", "log", "config"},
		"lib":    {"core", "log"},
		"log":    {"core"},
		"config": {"core"},
		"test":   {"app"},
	}
	var keys []string
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, d := range deps[k] {
			dag.AddEdge(d, k, 1)
		}
	}
	order, ok := dag.TopoSort()
	fmt.Println("build order:", order, ok)
	dag.AddEdge("app", "core", 1)
	order, ok = dag.TopoSort()
	fmt.Println("with cycle:", order, ok)
	h := &minHeap{}
	for _, v := range []int{5, 3, 8, 1, 9, 2} {
		h.push(item{v, fmt.Sprint("n", v)})
	}
	for len(*h) > 0 {
		fmt.Print(h.pop().dist, " ")
	}
	fmt.Println()
}
