// A small dense matrix library: construction, arithmetic, transpose,
// determinant, inverse (Gauss-Jordan), solving linear systems, powers.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("matrix: shape mismatch")
var ErrSingular = errors.New("matrix: singular")

func New(rows, cols int) *Matrix {
	return &Matrix{rows, cols, make([]float64, rows*cols)}
}

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
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

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Clone() *Matrix {
	c := New(m.rows, m.cols)
	copy(c.data, m.data)
	return c
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			v := m.At(i, j)
			if math.Abs(v) < 1e-12 {
				v = 0
			}
			fmt.Fprintf(&sb, "%9.4f", v)
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

func (m *Matrix) Add(o *Matrix) (*Matrix, error) {
	if m.rows != o.rows || m.cols != o.cols {
		return nil, ErrShape
	}
	r := New(m.rows, m.cols)
	for i := range m.data {
		r.data[i] = m.data[i] + o.data[i]
	}
	return r, nil
}

func (m *Matrix) Scale(f float64) *Matrix {
	r := m.Clone()
	for i := range r.data {
		r.data[i] *= f
	}
	return r
}

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("%w: %dx%d * %dx%d", ErrShape, m.rows, m.cols, o.rows, o.cols)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

// Det computes the determinant by Gaussian elimination with partial pivoting.
func (m *Matrix) Det() (float64, error) {
	if m.rows != m.cols {
		return 0, ErrShape
	}
	a := m.Clone()
	n := m.rows
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a.At(r, c)) > math.Abs(a.At(p, c)) {
				p = r
			}
		}
		if a.At(p, c) == 0 {
			return 0, nil
		}
		if p != c {
			a.swapRows(p, c)
			det = -det
		}
		det *= a.At(c, c)
		for r := c + 1; r < n; r++ {
			f := a.At(r, c) / a.At(c, c)
			for k := c; k < n; k++ {
				a.Set(r, k, a.At(r, k)-f*a.At(c, k))
			}
		}
	}
	return det, nil
}

func (m *Matrix) swapRows(i, j int) {
	for k := 0; k < m.cols; k++ {
		a, b := m.At(i, k), m.At(j, k)
		m.Set(i, k, b)
		m.Set(j, k, a)
	}
}

// Inverse uses Gauss-Jordan elimination on [m | I].
func (m *Matrix) Inverse() (*Matrix, error) {
	if m.rows != m.cols {
		return nil, ErrShape
	}
	n := m.rows
	aug := New(n, 2*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			aug.Set(i, j, m.At(i, j))
		}
		aug.Set(i, n+i, 1)
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(aug.At(r, c)) > math.Abs(aug.At(p, c)) {
				p = r
			}
		}
		if math.Abs(aug.At(p, c)) < 1e-12 {
			return nil, ErrSingular
		}
		aug.swapRows(p, c)
		pv := aug.At(c, c)
		for k := 0; k < 2*n; k++ {
			aug.Set(c, k, aug.At(c, k)/pv)
		}
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := aug.At(r, c)
			for k := 0; k < 2*n; k++ {
				aug.Set(r, k, aug.At(r, k)-f*aug.At(c, k))
			}
		}
	}
	inv := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			inv.Set(i, j, aug.At(i, n+j))
		}
	}
	return inv, nil
}

func (m *Matrix) Pow(e int) *Matrix {
	result := Identity(m.rows)
	base := m.Clone()
	for e > 0 {
		if e&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		e >>= 1
	}
	return result
}

func (m *Matrix) Equal(o *Matrix, eps float64) bool {
	if m.rows != o.rows || m.cols != o.cols {
		return false
	}
	for i := range m.data {
		if math.Abs(m.data[i]-o.data[i]) > eps {
			return false
		}
	}
	return true
}

func main() {
	a := FromRows([][]float64{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}})
	b := FromRows([][]float64{{1, 2}, {3, 4}, {5, 6}})
	fmt.Print("A =\n", a, "B =\n", b)
	ab, err := a.Mul(b)
	fmt.Print("A*B =\n", ab, err, "\n")
	_, err = b.Mul(b)
	fmt.Println("B*B:", err, errors.Is(err, ErrShape))
	fmt.Print("B^T =\n", b.T())
	sum, _ := a.Add(Identity(3).Scale(10))
	fmt.Print("A+10I =\n", sum)
	det, _ := a.Det()
	fmt.Printf("det(A) = %.4f\n", det)
	inv, err := a.Inverse()
	fmt.Print("inv(A) =\n", inv, err, "\n")
	check, _ := a.Mul(inv)
	fmt.Println("A*inv(A) == I:", check.Equal(Identity(3), 1e-9))
	sing := FromRows([][]float64{{1, 2}, {2, 4}})
	_, err = sing.Inverse()
	d, _ := sing.Det()
	fmt.Println("singular:", err, d)

	// solve A x = y via the inverse
	y := FromRows([][]float64{{4}, {5}, {6}})
	x, _ := inv.Mul(y)
	fmt.Print("x =\n", x)
	back, _ := a.Mul(x)
	fmt.Println("A*x == y:", back.Equal(y, 1e-9))

	// Fibonacci via matrix power
	fib := FromRows([][]float64{{1, 1}, {1, 0}})
	for _, n := range []int{1, 10, 30, 50} {
		fmt.Printf("fib(%d) = %.0f\n", n, fib.Pow(n).At(0, 1))
	}
	rot := FromRows([][]float64{{math.Cos(math.Pi / 4), -math.Sin(math.Pi / 4)}, {math.Sin(math.Pi / 4), math.Cos(math.Pi / 4)}})
	fmt.Print("rot^8 =\n", rot.Pow(8))
	fmt.Println("rot^8 == I:", rot.Pow(8).Equal(Identity(2), 1e-9))
	hilbert := New(4, 4)
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			hilbert.Set(i, j, 1/float64(i+j+1))
		}
	}
	hd, _ := hilbert.Det()
	fmt.Printf("det(H4) = %.6e\n", hd)
}
