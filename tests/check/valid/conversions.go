// Conversions between numeric types, strings, bytes, runes, and strconv.
package main

import (
	"fmt"
	"strconv"
)

type MyInt int
type Str string

func main() {
	i := 65
	f := float64(i) / 2
	fmt.Println(f, int(f), float32(f), int64(i)*1e9)
	fmt.Println(string(rune(i)), strconv.Itoa(i), Str("x")+Str(rune(i)))
	var mi MyInt = MyInt(i)
	fmt.Println(mi+1, int(mi)*2)

	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(255, 36))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("é"))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)

	for _, s := range []string{"123", "-45", "0x1f", "abc", "3.14", "1e3"} {
		n, err := strconv.Atoi(s)
		pf, err2 := strconv.ParseFloat(s, 64)
		pi, err3 := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err != nil, pf, err2 != nil, pi, err3 != nil)
	}
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err, strconv.FormatBool(false))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234.5, 'e', 3, 64), strconv.FormatFloat(0.000001, 'g', -1, 64))
	v8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(v8, err)
	uv, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(uv, err)

	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]))
	fmt.Println([]byte("AB"), []rune("AB"), string([]byte{72, 105}), string([]rune{72, 105}))

	var big int64 = 1<<40 + 7
	fmt.Println(int32(big), int16(big), uint8(big))
	fl := 1e10
	fmt.Println(int64(fl), float32(0.1) == 0.1, float64(float32(0.1)))
	h := 0.5
	fmt.Println(int(h+0.5), int(-h-0.5))
	type Celsius float64
	type Fahr float64
	c := Celsius(100)
	fa := Fahr(c*9/5 + 32)
	fmt.Println(fa)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
}
