package main

import (
	"bufio"
	"fmt"
	"strings"
)

func trim(b []byte) []byte {
	return []byte(strings.TrimSpace(string(b)))
}

func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := strings.IndexByte(string(data), ','); i >= 0 {
		return i + 1, trim(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), trim(data), nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha, beta,gamma ,, delta"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	sc2 := bufio.NewScanner(strings.NewReader("one\ntwo\n\nthree"))
	for sc2.Scan() {
		fmt.Printf("[%s]", sc2.Bytes())
	}
	fmt.Println()
	long := strings.Repeat("x", 100)
	sc3 := bufio.NewScanner(strings.NewReader(long + "\nshort\n"))
	sc3.Buffer(make([]byte, 10), 20)
	for sc3.Scan() {
		fmt.Println("token", sc3.Text())
	}
	fmt.Println("err:", sc3.Err())
}
