// Enumerations and bit flags with iota, String methods and parsing.
package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
	Fatal
)

var levelNames = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR", Fatal: "FATAL"}

func (l Level) String() string {
	if s, ok := levelNames[l]; ok {
		return s
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func ParseLevel(s string) (Level, error) {
	for l, n := range levelNames {
		if strings.EqualFold(n, s) {
			return l, nil
		}
	}
	return 0, fmt.Errorf("unknown level %q", s)
}

type Perm uint16

const (
	OtherX Perm = 1 << iota
	OtherW
	OtherR
	GroupX
	GroupW
	GroupR
	UserX
	UserW
	UserR
)

func (p Perm) String() string {
	const chars = "rwxrwxrwx"
	var sb strings.Builder
	for i := 0; i < 9; i++ {
		if p&(1<<uint(8-i)) != 0 {
			sb.WriteByte(chars[i])
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

type Suit uint8

const (
	Spades Suit = iota + 1
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"?", "♠", "♥", "♦", "♣"}[s] }

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func main() {
	for l := Debug; l <= Fatal+1; l++ {
		fmt.Print(l, " ")
	}
	fmt.Println()
	for _, s := range []string{"warn", "Error", "nope"} {
		l, err := ParseLevel(s)
		fmt.Println(l, err, l >= Warn)
	}
	p := UserR | UserW | GroupR | OtherR
	fmt.Println(p, uint16(p), fmt.Sprintf("%o", uint16(p)))
	p |= UserX | GroupX | OtherX
	fmt.Println(p, p&GroupW != 0)
	p &^= OtherR | OtherX
	fmt.Println(p)
	fmt.Println(Perm(0o644), Perm(0o777), Perm(0))
	fmt.Println(Spades, Hearts, Diamonds, Clubs, Suit(0))
	fmt.Println(KB, MB, GB, 3*MB/KB)
	fmt.Printf("%d %v %T\n", Error, Error, Error)
}
