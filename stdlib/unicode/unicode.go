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

func Is(rangeTab *RangeTable, r rune) bool
func In(r rune, ranges ...*RangeTable) bool
func IsOneOf(ranges []*RangeTable, r rune) bool

// The category and script tables, filled in by the interpreter.
var (
	Letter   *RangeTable
	L        *RangeTable
	Upper    *RangeTable
	Lu       *RangeTable
	Lower    *RangeTable
	Ll       *RangeTable
	Title    *RangeTable
	Lt       *RangeTable
	Mark     *RangeTable
	M        *RangeTable
	Number   *RangeTable
	N        *RangeTable
	Digit    *RangeTable
	Nd       *RangeTable
	Punct    *RangeTable
	P        *RangeTable
	Symbol   *RangeTable
	S        *RangeTable
	Space    *RangeTable
	Zs       *RangeTable
	Cc       *RangeTable
	Han      *RangeTable
	Latin    *RangeTable
	Greek    *RangeTable
	Cyrillic *RangeTable
	Arabic   *RangeTable
	Hebrew   *RangeTable
	Hiragana *RangeTable
	Katakana *RangeTable
	Hangul   *RangeTable
)
