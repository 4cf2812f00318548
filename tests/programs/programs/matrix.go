// A matrix library over float64 and exact rationals: arithmetic,
// transpose, determinant, inverse, solving linear systems, powers.
package main

import (
	"errors"
	"fmt"
	"strings"
)

// ---------- rationals ----------

type Rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func R(n, d int64) Rat {
	if d == 0 {
		panic("zero denominator")
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		return Rat{0, 1}
	}
	return Rat{n / g, d / g}
}

func (a Rat) Add(b Rat) Rat  { return R(a.num*b.den+b.num*a.den, a.den*b.den) }
func (a Rat) Sub(b Rat) Rat  { return R(a.num*b.den-b.num*a.den, a.den*b.den) }
func (a Rat) Mul(b Rat) Rat  { return R(a.num*b.num, a.den*b.den) }
func (a Rat) Div(b Rat) Rat  { return R(a.num*b.den, a.den*b.num) }
func (a Rat) IsZero() bool   { return a.num == 0 }
func (a Rat) String() string {
	if a.den == 1 {
		return fmt.Sprint(a.num)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

// ---------- exact matrices ----------

type RMat [][]Rat

func NewRMat(rows [][]int64) RMat {
	m := make(RMat, len(rows))
	for i, r := range rows {
		m[i] = make([]Rat, len(r))
		for j, v := range r {
			m[i][j] = R(v, 1)
		}
	}
	return m
}

func (m RMat) Clone() RMat {
	c := make(RMat, len(m))
	for i := range m {
		c[i] = append([]Rat(nil), m[i]...)
	}
	return c
}

var ErrSingular = errors.New("matrix is singular")

func (m RMat) Det() Rat {
	a := m.Clone()
	n := len(a)
	det := R(1, 1)
	for c := 0; c < n; c++ {
		p := -1
		for r := c; r < n; r++ {
			if !a[r][c].IsZero() {
				p = r
				break
			}
		}
		if p < 0 {
			return R(0, 1)
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det = det.Mul(R(-1, 1))
		}
		det = det.Mul(a[c][c])
		for r := c + 1; r < n; r++ {
			f := a[r][c].Div(a[c][c])
			for k := c; k < n; k++ {
				a[r][k] = a[r][k].Sub(f.Mul(a[c][k]))
			}
		}
	}
	return det
}

func (m RMat) Inverse() (RMat, error) {
	n := len(m)
	a := make(RMat, n)
	for i := range m {
		a[i] = make([]Rat, 2*n)
		copy(a[i], m[i])
		for j := n; j < 2*n; j++ {
			a[i][j] = R(0, 1)
		}
		a[i][n+i] = R(1, 1)
	}
	for c := 0; c < n; c++ {
		p := -1
		for r := c; r < n; r++ {
			if !a[r][c].IsZero() {
				p = r
				break
			}
		}
		if p < 0 {
			return nil, fmt.Errorf("inverse of %dx%d: %w", n, n, ErrSingular)
		}
		a[p], a[c] = a[c], a[p]
		pv := a[c][c]
		for k := range a[c] {
			a[c][k] = a[c][k].Div(pv)
		}
		for r := 0; r < n; r++ {
			if r != c && !a[r][c].IsZero() {
				f := a[r][c]
				for k := range a[r] {
					a[r][k] = a[r][k].Sub(f.Mul(a[c][k]))
				}
			}
		}
	}
	inv := make(RMat, n)
	for i := range a {
		inv[i] = a[i][n:]
	}
	return inv, nil
}

func (m RMat) Mul(o RMat) RMat {
	res := make(RMat, len(m))
	for i := range m {
		res[i] = make([]Rat, len(o[0]))
		for j := range o[0] {
			s := R(0, 1)
			for k := range o {
				s = s.Add(m[i][k].Mul(o[k][j]))
			}
			res[i][j] = s
		}
	}
	return res
}

func (m RMat) String() string {
	width := 0
	for _, r := range m {
		for _, v := range r {
			if l := len(v.String()); l > width {
				width = l
			}
		}
	}
	var sb strings.Builder
	for _, r := range m {
		sb.WriteString("[")
		for j, v := range r {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%*s", width, v)
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

// ---------- float matrices ----------

type Matrix struct {
	r, c int
	data []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.data[i*m.c:], row)
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.c != o.r {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	res := New(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			s := 0.0
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res, nil
}

func (m *Matrix) T() *Matrix {
	t := New(m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) Pow(n int) *Matrix {
	result := Identity(m.r)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

// Solve Ax=b with partial pivoting.
func Solve(a *Matrix, b []float64) ([]float64, error) {
	n := a.r
	aug := New(n, n+1)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			aug.Set(i, j, a.At(i, j))
		}
		aug.Set(i, n, b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(aug.At(r, c)) > abs(aug.At(p, c)) {
				p = r
			}
		}
		if abs(aug.At(p, c)) < 1e-12 {
			return nil, ErrSingular
		}
		for k := 0; k <= n; k++ {
			x, y := aug.At(c, k), aug.At(p, k)
			aug.Set(c, k, y)
			aug.Set(p, k, x)
		}
		for r := c + 1; r < n; r++ {
			f := aug.At(r, c) / aug.At(c, c)
			for k := c; k <= n; k++ {
				aug.Set(r, k, aug.At(r, k)-f*aug.At(c, k))
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := aug.At(i, n)
		for j := i + 1; j < n; j++ {
			s -= aug.At(i, j) * x[j]
		}
		x[i] = s / aug.At(i, i)
	}
	return x, nil
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			fmt.Fprintf(&sb, "%9.3f", m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := NewRMat([][]int64{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}})
	fmt.Print("A =\n", a)
	fmt.Println("det(A) =", a.Det())
	inv, err := a.Inverse()
	fmt.Print("inv(A) =\n", inv, "err: ", err, "\n")
	fmt.Print("A * inv(A) =\n", a.Mul(inv))
	h := make(RMat, 4)
	for i := range h {
		h[i] = make([]Rat, 4)
		for j := range h[i] {
			h[i][j] = R(1, int64(i+j+1))
		}
	}
	fmt.Print("Hilbert(4) =\n", h)
	fmt.Println("det =", h.Det())
	hinv, _ := h.Inverse()
	fmt.Print("inverse =\n", hinv)
	sing := NewRMat([][]int64{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})
	fmt.Println("det(sing) =", sing.Det())
	_, err = sing.Inverse()
	fmt.Println("inverse error:", err, errors.Is(err, ErrSingular))

	m := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	n := FromRows([][]float64{{7, 8}, {9, 10}, {11, 12}})
	p, err := m.Mul(n)
	fmt.Print("M*N =\n", p, err, "\n")
	_, err = m.Mul(m)
	fmt.Println("M*M error:", err)
	fmt.Print("M^T =\n", m.T())
	fib := FromRows([][]float64{{1, 1}, {1, 0}})
	for _, k := range []int{1, 10, 30, 50} {
		fmt.Printf("fib via matrix power %d: %.0f\n", k, fib.Pow(k).At(0, 1))
	}
	sys := FromRows([][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}})
	x, err := Solve(sys, []float64{8, -11, -3})
	fmt.Printf("solution: %.6f %v\n", x, err)
	_, err = Solve(FromRows([][]float64{{1, 2}, {2, 4}}), []float64{1, 2})
	fmt.Println("singular solve:", err)
	rot := FromRows([][]float64{{0, -1}, {1, 0}})
	fmt.Print("rot^4 =\n", rot.Pow(4))
	fmt.Print("rot^3 =\n", rot.Pow(3))
}
