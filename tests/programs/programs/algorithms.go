// A bank of classic algorithms: searching, dynamic programming, graphs,
// primes and big-number arithmetic on digit slices.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// ---------- searching ----------

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -(lo + 1)
}

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := (lo + hi) / 2
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// ---------- dynamic programming ----------

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	var out []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = minInt(prev[j]+1, minInt(cur[j-1]+1, prev[j-1]+cost))
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it := items[i-1]; it.weight <= w {
				dp[i][w] = maxInt(dp[i][w], dp[i-1][w-it.weight]+it.value)
			}
		}
	}
	var chosen []string
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	sort.Strings(chosen)
	return dp[n][capacity], chosen
}

func coinChange(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = 1 << 30
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] >= 1<<30 {
		return -1
	}
	return dp[amount]
}

func lis(a []int) []int {
	tails := []int{}
	tailIdx := []int{}
	parent := make([]int, len(a))
	for i, x := range a {
		j := lowerBound(tails, x)
		if j == len(tails) {
			tails = append(tails, x)
			tailIdx = append(tailIdx, i)
		} else {
			tails[j] = x
			tailIdx[j] = i
		}
		if j > 0 {
			parent[i] = tailIdx[j-1]
		} else {
			parent[i] = -1
		}
	}
	out := make([]int, len(tails))
	for k, i := len(tails)-1, tailIdx[len(tailIdx)-1]; k >= 0; k, i = k-1, parent[i] {
		out[k] = a[i]
	}
	return out
}

// ---------- graphs ----------

type Graph struct {
	n   int
	adj [][]edge
}

type edge struct{ to, w int }

func NewGraph(n int) *Graph { return &Graph{n, make([][]edge, n)} }

func (g *Graph) Add(u, v, w int) {
	g.adj[u] = append(g.adj[u], edge{v, w})
	g.adj[v] = append(g.adj[v], edge{u, w})
}

func (g *Graph) BFS(src int) []int {
	dist := make([]int, g.n)
	for i := range dist {
		dist[i] = -1
	}
	dist[src] = 0
	q := []int{src}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		for _, e := range g.adj[u] {
			if dist[e.to] < 0 {
				dist[e.to] = dist[u] + 1
				q = append(q, e.to)
			}
		}
	}
	return dist
}

func (g *Graph) DFSOrder(src int) []int {
	seen := make([]bool, g.n)
	var order []int
	var visit func(int)
	visit = func(u int) {
		seen[u] = true
		order = append(order, u)
		for _, e := range g.adj[u] {
			if !seen[e.to] {
				visit(e.to)
			}
		}
	}
	visit(src)
	return order
}

func (g *Graph) Dijkstra(src int) ([]int, []int) {
	const inf = 1 << 60
	dist := make([]int, g.n)
	prev := make([]int, g.n)
	done := make([]bool, g.n)
	for i := range dist {
		dist[i] = inf
		prev[i] = -1
	}
	dist[src] = 0
	for {
		u := -1
		for i := 0; i < g.n; i++ {
			if !done[i] && dist[i] < inf && (u < 0 || dist[i] < dist[u]) {
				u = i
			}
		}
		if u < 0 {
			break
		}
		done[u] = true
		for _, e := range g.adj[u] {
			if nd := dist[u] + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = u
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for v := to; v >= 0; v = prev[v] {
		p = append([]int{v}, p...)
	}
	return p
}

func topoSort(n int, deps [][2]int) ([]int, bool) {
	indeg := make([]int, n)
	out := make([][]int, n)
	for _, d := range deps {
		out[d[0]] = append(out[d[0]], d[1])
		indeg[d[1]]++
	}
	var q, order []int
	for i := 0; i < n; i++ {
		if indeg[i] == 0 {
			q = append(q, i)
		}
	}
	for len(q) > 0 {
		sort.Ints(q)
		u := q[0]
		q = q[1:]
		order = append(order, u)
		for _, v := range out[u] {
			indeg[v]--
			if indeg[v] == 0 {
				q = append(q, v)
			}
		}
	}
	return order, len(order) == n
}

// ---------- primes ----------

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

// ---------- big numbers (little-endian base 10^4 digits) ----------

type Big []int

const base = 10000

func BigFrom(n int) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, n%base)
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var r Big
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		r = append(r, s%base)
		carry = s / base
	}
	return r
}

func (a Big) MulSmall(m int) Big {
	var r Big
	carry := 0
	for i := 0; i < len(a) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i] * m
		}
		r = append(r, s%base)
		carry = s / base
	}
	return r.trim()
}

func (a Big) Mul(b Big) Big {
	r := make(Big, len(a)+len(b))
	for i, x := range a {
		carry := 0
		for j := 0; j < len(b) || carry > 0; j++ {
			cur := r[i+j] + carry
			if j < len(b) {
				cur += x * b[j]
			}
			r[i+j] = cur % base
			carry = cur / base
		}
	}
	return r.trim()
}

func (a Big) trim() Big {
	for len(a) > 1 && a[len(a)-1] == 0 {
		a = a[:len(a)-1]
	}
	return a
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		sb.WriteString(fmt.Sprintf("%04d", a[i]))
	}
	return sb.String()
}

func digitSum(s string) int {
	t := 0
	for _, c := range s {
		t += int(c - '0')
	}
	return t
}

func main() {
	fmt.Println("== searching")
	arr := []int{1, 3, 5, 7, 9, 11, 13, 15}
	for _, x := range []int{1, 7, 15, 0, 8, 16} {
		fmt.Printf("search %d -> %d, lowerBound %d\n", x, binarySearch(arr, x), lowerBound(arr, x))
	}

	fmt.Println("== dynamic programming")
	fmt.Printf("lcs=%q\n", lcs("AGGTABQXYZ", "GXTXAYBZZ"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"intention", "execution"}} {
		fmt.Printf("edit(%s,%s)=%d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	best, chosen := knapsack(items, 200)
	fmt.Println("knapsack:", best, chosen)
	fmt.Println("coins:", coinChange([]int{1, 5, 10, 25}, 63), coinChange([]int{2}, 3), coinChange([]int{3, 7}, 100))
	fmt.Println("lis:", lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20}))

	fmt.Println("== graphs")
	g := NewGraph(8)
	for _, e := range [][3]int{{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 5}, {2, 3, 8}, {3, 4, 3}, {4, 5, 1}, {5, 6, 2}, {3, 6, 9}} {
		g.Add(e[0], e[1], e[2])
	}
	fmt.Println("bfs:", g.BFS(0))
	fmt.Println("dfs:", g.DFSOrder(0))
	dist, prev := g.Dijkstra(0)
	for v := 0; v < g.n; v++ {
		if dist[v] == 1<<60 {
			fmt.Printf("  %d unreachable\n", v)
			continue
		}
		fmt.Printf("  %d dist=%d path=%v\n", v, dist[v], path(prev, v))
	}
	order, ok := topoSort(6, [][2]int{{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}})
	fmt.Println("topo:", order, ok)
	order, ok = topoSort(3, [][2]int{{0, 1}, {1, 2}, {2, 0}})
	fmt.Println("topo cycle:", order, ok)

	fmt.Println("== primes")
	ps := sieve(200)
	fmt.Println(len(ps), ps[:15], ps[len(ps)-3:])
	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		f := factorize(n)
		keys := make([]int, 0, len(f))
		for k := range f {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%d^%d", k, f[k]))
		}
		fmt.Println(n, "=", strings.Join(parts, " * "), f)
	}

	fmt.Println("== big numbers")
	fact := BigFrom(1)
	for i := 2; i <= 50; i++ {
		fact = fact.MulSmall(i)
	}
	fmt.Println("50! =", fact, "digits:", len(fact.String()), "digit sum:", digitSum(fact.String()))
	a, b := BigFrom(0), BigFrom(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	two := BigFrom(2)
	p := BigFrom(1)
	for i := 0; i < 128; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^128 =", p)
	sq := p.Mul(p)
	fmt.Println("2^256 =", sq)
	fmt.Println(BigFrom(99999999).Mul(BigFrom(99999999)), BigFrom(0).Mul(BigFrom(12345)))
}
