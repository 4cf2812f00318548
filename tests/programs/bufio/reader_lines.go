package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	header, err := r.ReadString('\n')
	fmt.Printf("header %q %v\n", header, err)
	n, _ := strconv.Atoi(strings.TrimSpace(header))
	sum := 0
	for i := 0; i < n; i++ {
		line, err := r.ReadString('\n')
		line = strings.TrimSpace(line)
		fields := strings.Fields(line)
		rowSum := 0
		for _, f := range fields {
			v, perr := strconv.Atoi(f)
			if perr != nil {
				fmt.Println("bad number:", perr)
				continue
			}
			rowSum += v
		}
		sum += rowSum
		fmt.Printf("row %d: %v sum=%d err=%v\n", i, fields, rowSum, err)
	}
	b, err := r.ReadByte()
	fmt.Printf("%q %v\n", b, err)
	r.UnreadByte()
	rn, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", rn, size, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("rest %q %v\n", rest, err)
	last, err := r.ReadString('\n')
	fmt.Printf("last %q %v %v\n", last, err, err == io.EOF)
	fmt.Println("total", sum)
}
