// Arbitrary-precision unsigned integers stored as base-10^4 limbs:
// addition, subtraction, multiplication, small division, comparison,
// factorials, Fibonacci numbers, powers and digit sums.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const base = 10000

// Nat is little-endian: limbs[0] is the least significant.
type Nat struct{ limbs []int }

func FromInt(n int) Nat {
	var z Nat
	for n > 0 {
		z.limbs = append(z.limbs, n%base)
		n /= base
	}
	return z
}

func Parse(s string) (Nat, error) {
	var z Nat
	for end := len(s); end > 0; end -= 4 {
		start := end - 4
		if start < 0 {
			start = 0
		}
		v, err := strconv.Atoi(s[start:end])
		if err != nil {
			return Nat{}, fmt.Errorf("parse %q: %w", s, err)
		}
		z.limbs = append(z.limbs, v)
	}
	return z.norm(), nil
}

func (z Nat) norm() Nat {
	for len(z.limbs) > 0 && z.limbs[len(z.limbs)-1] == 0 {
		z.limbs = z.limbs[:len(z.limbs)-1]
	}
	return z
}

func (z Nat) IsZero() bool { return len(z.limbs) == 0 }

func (z Nat) String() string {
	if z.IsZero() {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(strconv.Itoa(z.limbs[len(z.limbs)-1]))
	for i := len(z.limbs) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%04d", z.limbs[i])
	}
	return sb.String()
}

func Cmp(a, b Nat) int {
	if len(a.limbs) != len(b.limbs) {
		if len(a.limbs) < len(b.limbs) {
			return -1
		}
		return 1
	}
	for i := len(a.limbs) - 1; i >= 0; i-- {
		if a.limbs[i] != b.limbs[i] {
			if a.limbs[i] < b.limbs[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func Add(a, b Nat) Nat {
	n := len(a.limbs)
	if len(b.limbs) > n {
		n = len(b.limbs)
	}
	out := make([]int, 0, n+1)
	carry := 0
	for i := 0; i < n || carry > 0; i++ {
		s := carry
		if i < len(a.limbs) {
			s += a.limbs[i]
		}
		if i < len(b.limbs) {
			s += b.limbs[i]
		}
		out = append(out, s%base)
		carry = s / base
	}
	return Nat{out}.norm()
}

// Sub returns a-b; it panics if b > a.
func Sub(a, b Nat) Nat {
	if Cmp(a, b) < 0 {
		panic("bigint: negative result")
	}
	out := make([]int, len(a.limbs))
	borrow := 0
	for i := range a.limbs {
		d := a.limbs[i] - borrow
		if i < len(b.limbs) {
			d -= b.limbs[i]
		}
		borrow = 0
		if d < 0 {
			d += base
			borrow = 1
		}
		out[i] = d
	}
	return Nat{out}.norm()
}

func Mul(a, b Nat) Nat {
	if a.IsZero() || b.IsZero() {
		return Nat{}
	}
	out := make([]int, len(a.limbs)+len(b.limbs))
	for i, x := range a.limbs {
		carry := 0
		for j, y := range b.limbs {
			cur := out[i+j] + x*y + carry
			out[i+j] = cur % base
			carry = cur / base
		}
		for k := i + len(b.limbs); carry > 0; k++ {
			cur := out[k] + carry
			out[k] = cur % base
			carry = cur / base
		}
	}
	return Nat{out}.norm()
}

// DivSmall divides by a small positive int, returning quotient and remainder.
func DivSmall(a Nat, d int) (Nat, int) {
	out := make([]int, len(a.limbs))
	rem := 0
	for i := len(a.limbs) - 1; i >= 0; i-- {
		cur := rem*base + a.limbs[i]
		out[i] = cur / d
		rem = cur % d
	}
	return Nat{out}.norm(), rem
}

func Pow(a Nat, e int) Nat {
	result := FromInt(1)
	for e > 0 {
		if e&1 == 1 {
			result = Mul(result, a)
		}
		a = Mul(a, a)
		e >>= 1
	}
	return result
}

func Factorial(n int) Nat {
	r := FromInt(1)
	for i := 2; i <= n; i++ {
		r = Mul(r, FromInt(i))
	}
	return r
}

func Fib(n int) Nat {
	a, b := Nat{}, FromInt(1)
	for i := 0; i < n; i++ {
		a, b = b, Add(a, b)
	}
	return a
}

func DigitSum(a Nat) int {
	s := 0
	for _, c := range a.String() {
		s += int(c - '0')
	}
	return s
}

func safeSub(a, b Nat) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return Sub(a, b).String()
}

func main() {
	f30 := Factorial(30)
	fmt.Println("30! =", f30)
	fmt.Println("50! =", Factorial(50))
	fmt.Println("digit sum of 100! =", DigitSum(Factorial(100)))
	fmt.Println("fib(100) =", Fib(100))
	fmt.Println("fib(200) =", Fib(200))
	p := Pow(FromInt(2), 200)
	fmt.Println("2^200 =", p, "digits:", len(p.String()))
	a, _ := Parse("123456789012345678901234567890")
	b, _ := Parse("987654321098765432109876543210")
	fmt.Println("a+b =", Add(a, b))
	fmt.Println("b-a =", Sub(b, a))
	fmt.Println("a*b =", Mul(a, b))
	q, r := DivSmall(b, 7)
	fmt.Println("b/7 =", q, "rem", r)
	back := Add(Mul(q, FromInt(7)), FromInt(r))
	fmt.Println("check:", Cmp(back, b) == 0)
	fmt.Println("cmp:", Cmp(a, b), Cmp(b, a), Cmp(a, a))
	fmt.Println(safeSub(a, b))
	fmt.Println("zero:", Nat{}, Mul(a, Nat{}), Sub(a, a), FromInt(10000), FromInt(9999))
	_, err := Parse("12x4")
	fmt.Println("error:", err)
	// 2^64 agrees with uint64 arithmetic
	max := ^uint64(0)
	fmt.Println(Pow(FromInt(2), 64).String() == strconv.FormatUint(max, 10)[:19]+"6")
	// sum over k of 30!/k! approximates e * 30!
	sum := Nat{}
	for k := 0; k <= 30; k++ {
		term, _ := DivSmall(f30, 1)
		for i := 1; i <= k; i++ {
			term, _ = DivSmall(term, i)
		}
		sum = Add(sum, term)
	}
	ratio, _ := DivSmall(sum, 1)
	fmt.Println("sum 30!/k! =", sum, Cmp(ratio, f30) > 0)
}
