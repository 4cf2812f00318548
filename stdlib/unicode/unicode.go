// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in stdlib/LICENSE-Go.

// Package unicode declares the weft standard-library surface of Go's unicode
// package. Bodiless functions are implemented natively by the interpreter.
//
// Omitted: SpecialCase, CaseRange, Version, and the tables other than those below.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means
// this CaseRange represents a sequence of the form (say)
// Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// ---- letter.go and graphic.go (Go 1.19)

// linearMax is the maximum size table for linear search for non-Latin1 rune.
// Derived by running 'go test -calibrate'.
const linearMax = 18

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}

	// binary search over ranges
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}

	// binary search over ranges
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compare as uint32 to correctly handle negative runes.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// The category and script tables: Go's own (Unicode 13.0.0), whose data the interpreter keeps
// natively (RangeTables.cpp); the aliases share one table, as in Go.
var (
	L        = rangeTable("L")
	Lu       = rangeTable("Lu")
	Ll       = rangeTable("Ll")
	Lt       = rangeTable("Lt")
	M        = rangeTable("M")
	N        = rangeTable("N")
	Nd       = rangeTable("Nd")
	P        = rangeTable("P")
	S        = rangeTable("S")
	Z        = rangeTable("Z")
	Zs       = rangeTable("Zs")
	Cc       = rangeTable("Cc")
	Letter   = L
	Upper    = Lu
	Lower    = Ll
	Title    = Lt
	Mark     = M
	Number   = N
	Digit    = Nd
	Punct    = P
	Symbol   = S
	Space    = Z
	Han      = rangeTable("Han")
	Latin    = rangeTable("Latin")
	Greek    = rangeTable("Greek")
	Cyrillic = rangeTable("Cyrillic")
	Arabic   = rangeTable("Arabic")
	Hebrew   = rangeTable("Hebrew")
	Hiragana = rangeTable("Hiragana")
	Katakana = rangeTable("Katakana")
	Hangul   = rangeTable("Hangul")
)

// rangeTable builds the table that Go's unicode package names `name` from the native data.
func rangeTable(name string) *RangeTable {
	n16, n32, latinOffset := rangeTableSize(name)
	t := &RangeTable{LatinOffset: latinOffset}
	if n16 > 0 {
		t.R16 = make([]Range16, n16)
	}
	if n32 > 0 {
		t.R32 = make([]Range32, n32)
	}
	rangeTableFill(name, t.R16, t.R32)
	return t
}

func rangeTableSize(name string) (n16, n32, latinOffset int)
func rangeTableFill(name string, r16 []Range16, r32 []Range32)
