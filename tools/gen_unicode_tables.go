//go:build ignore

// Generates stdlib/unicode/UnicodeTables.cpp, the native core of weft's unicode package, from
// the tables of the Go that runs it (Go 1.19: Unicode 13.0.0):
//
//	go run tools/gen_unicode_tables.go > stdlib/unicode/UnicodeTables.cpp
//
// It lives in tools/ rather than beside its output because every .go file under stdlib/ is
// embedded as part of a package's declarations (cmake/EmbedStdlib.cmake): a generator in
// stdlib/unicode/ would become part of package unicode.
//
// What it reads:
//   - the exported range tables unicode.Letter, Upper, Lower, Title, Digit, Number,
//     White_Space, Punct, Mark, Symbol and Zs (the last one completes Go's GraphicRanges:
//     L, M, N, P, S, Zs; PrintRanges is the same without Zs), R16 and R32 merged into one
//     sorted array, with LatinOffset kept so isExcludingLatin can be mirrored exactly;
//   - unicode.CaseRanges (UpperLower deltas included);
//   - the unexported caseOrbit table, parsed from $GOROOT/src/unicode/tables.go;
//   - the unexported Latin-1 properties table and asciiFold, rebuilt from the exported
//     functions over 0..0xFF (their results are defined by those tables, and the generator
//     checks that the rebuilt bits give back every function's result).
//
// The C++ functions at the end of the output are Go's (unicode/graphic.go, letter.go,
// digit.go) transcribed, fast paths included. The generator refuses tables whose shape
// would break the binary searches (unsorted or overlapping ranges, zero strides).
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type rng struct{ lo, hi, stride uint32 }

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "gen_unicode_tables: "+format+"\n", args...)
	os.Exit(1)
}

func ranges(name string, t *unicode.RangeTable) []rng {
	var out []rng
	for _, r := range t.R16 {
		out = append(out, rng{uint32(r.Lo), uint32(r.Hi), uint32(r.Stride)})
	}
	for _, r := range t.R32 {
		out = append(out, rng{r.Lo, r.Hi, r.Stride})
	}
	for i, r := range out {
		if r.lo > r.hi || r.stride == 0 || r.hi > unicode.MaxRune {
			fail("%s: bad range %d: %+v", name, i, r)
		}
		if i > 0 && out[i-1].hi >= r.lo {
			fail("%s: ranges %d and %d overlap or are unsorted", name, i-1, i)
		}
	}
	lat := 0
	for _, r := range t.R16 {
		if r.Hi <= unicode.MaxLatin1 {
			lat++
		}
	}
	if lat != t.LatinOffset {
		fail("%s: LatinOffset %d, but %d R16 ranges end in Latin-1", name, t.LatinOffset, lat)
	}
	return out
}

// Go's unicode.properties bits (unicode/graphic.go).
const (
	pC  = 1 << iota // a control character.
	pP              // a punctuation character.
	pN              // a numeral.
	pS              // a symbolic character.
	pZ              // a spacing character.
	pLu             // an upper-case letter.
	pLl             // a lower-case letter.
	pp              // a printable character according to Go's definition.
	pg  = pp | pZ   // a graphical character according to the Unicode definition.
	pLo = pLl | pLu // a letter that is neither upper nor lower case.
)

func properties() [256]uint8 {
	var p [256]uint8
	for i := range p {
		r := rune(i)
		var b uint8
		if unicode.IsControl(r) {
			b |= pC
		}
		if unicode.IsPunct(r) {
			b |= pP
		}
		if unicode.IsNumber(r) {
			b |= pN
		}
		if unicode.IsSymbol(r) {
			b |= pS
		}
		if unicode.Is(unicode.Zs, r) {
			b |= pZ
		}
		switch {
		case unicode.IsUpper(r):
			b |= pLu
		case unicode.IsLower(r):
			b |= pLl
		case unicode.IsLetter(r):
			b |= pLo
		}
		if unicode.IsPrint(r) {
			b |= pp
		}
		p[i] = b
		// The bits must give back what Go's fast paths answer.
		ok := unicode.IsControl(r) == (b&pC != 0) &&
			unicode.IsPunct(r) == (b&pP != 0) &&
			unicode.IsNumber(r) == (b&pN != 0) &&
			unicode.IsSymbol(r) == (b&pS != 0) &&
			unicode.IsLetter(r) == (b&pLo != 0) &&
			unicode.IsUpper(r) == (b&pLo == pLu) &&
			unicode.IsLower(r) == (b&pLo == pLl) &&
			unicode.IsPrint(r) == (b&pp != 0) &&
			unicode.IsGraphic(r) == (b&pg != 0)
		if !ok {
			fail("properties[%#x] = %#x does not reproduce Go's answers", i, b)
		}
	}
	return p
}

type foldPair struct{ from, to uint16 }

func caseOrbit() []foldPair {
	file := filepath.Join(runtime.GOROOT(), "src", "unicode", "tables.go")
	src, err := os.ReadFile(file)
	if err != nil {
		fail("%v", err)
	}
	block := regexp.MustCompile(`(?s)\nvar caseOrbit = \[\]foldPair\{(.*?)\n\}`).FindSubmatch(src)
	if block == nil {
		fail("caseOrbit not found in %s", file)
	}
	var out []foldPair
	for _, m := range regexp.MustCompile(`\{(0x[0-9A-Fa-f]+), (0x[0-9A-Fa-f]+)\}`).FindAllSubmatch(block[1], -1) {
		from, err1 := strconv.ParseUint(string(m[1]), 0, 16)
		to, err2 := strconv.ParseUint(string(m[2]), 0, 16)
		if err1 != nil || err2 != nil {
			fail("caseOrbit: bad pair %s", m[0])
		}
		out = append(out, foldPair{uint16(from), uint16(to)})
	}
	if len(out) == 0 || !sort.SliceIsSorted(out, func(i, j int) bool { return out[i].from < out[j].from }) {
		fail("caseOrbit: empty or unsorted")
	}
	// SimpleFold rebuilt from the parsed orbit must be Go's, for every rune.
	fold := func(r rune) rune {
		if r < 0 || r > unicode.MaxRune {
			return r
		}
		if r < 0x80 {
			return unicode.SimpleFold(r) // asciiFold, emitted from the same function
		}
		i := sort.Search(len(out), func(i int) bool { return rune(out[i].from) >= r })
		if i < len(out) && rune(out[i].from) == r {
			return rune(out[i].to)
		}
		if l := unicode.ToLower(r); l != r {
			return l
		}
		return unicode.ToUpper(r)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if fold(r) != unicode.SimpleFold(r) {
			fail("caseOrbit from %s does not give SimpleFold(%#x)", file, r)
		}
	}
	return out
}

func main() {
	if unicode.Version != "13.0.0" || !strings.HasPrefix(runtime.Version(), "go1.19") {
		fail("expected Go 1.19 (Unicode 13.0.0), have %s (Unicode %s)", runtime.Version(), unicode.Version)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	pr := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }

	pr("// Code generated by tools/gen_unicode_tables.go from Go's unicode package; DO NOT EDIT.\n")
	pr("//\n//\tgo run tools/gen_unicode_tables.go > stdlib/unicode/UnicodeTables.cpp\n//\n")
	pr("// From %s, Unicode %s.\n\n", runtime.Version(), unicode.Version)
	pr("%s", prologue)

	tables := []struct {
		cname string
		t     *unicode.RangeTable
		what  string
	}{
		{"Letter", unicode.Letter, "unicode.Letter (L)"},
		{"Upper", unicode.Upper, "unicode.Upper (Lu)"},
		{"Lower", unicode.Lower, "unicode.Lower (Ll)"},
		{"Title", unicode.Title, "unicode.Title (Lt)"},
		{"Digit", unicode.Digit, "unicode.Digit (Nd)"},
		{"Number", unicode.Number, "unicode.Number (N)"},
		{"WhiteSpace", unicode.White_Space, "unicode.White_Space"},
		{"Punct", unicode.Punct, "unicode.Punct (P)"},
		{"Mark", unicode.Mark, "unicode.Mark (M)"},
		{"Symbol", unicode.Symbol, "unicode.Symbol (S)"},
		{"Zs", unicode.Zs, "unicode.Zs"},
	}
	for _, tb := range tables {
		rs := ranges(tb.cname, tb.t)
		pr("// %s: %d ranges, LatinOffset %d.\n", tb.what, len(rs), tb.t.LatinOffset)
		pr("constexpr Range k%sRanges[] = {\n", tb.cname)
		for i, r := range rs {
			if i%4 == 0 {
				pr("   ")
			}
			pr(" {0x%04x, 0x%04x, %d},", r.lo, r.hi, r.stride)
			if i%4 == 3 || i == len(rs)-1 {
				pr("\n")
			}
		}
		pr("};\nconstexpr Table k%s{k%sRanges, std::size(k%sRanges), %d};\n\n",
			tb.cname, tb.cname, tb.cname, tb.t.LatinOffset)
	}

	// Case ranges.
	cr := unicode.CaseRanges
	for i := range cr {
		if cr[i].Lo > cr[i].Hi || (i > 0 && cr[i-1].Hi >= cr[i].Lo) {
			fail("CaseRanges: range %d unsorted or overlapping", i)
		}
	}
	pr("// unicode.CaseRanges: %d ranges. Deltas are {Upper, Lower, Title}; kUpperLower (MaxRune + 1)\n", len(cr))
	pr("// marks an alternating Upper Lower Upper Lower... sequence.\n")
	pr("constexpr CaseRange kCaseRanges[] = {\n")
	for _, c := range cr {
		pr("    {0x%04x, 0x%04x, {%s, %s, %s}},\n", c.Lo, c.Hi, delta(c.Delta[0]), delta(c.Delta[1]), delta(c.Delta[2]))
	}
	pr("};\n\n")

	orbit := caseOrbit()
	pr("// Go's caseOrbit (unicode/tables.go): the SimpleFold successor of each rune whose fold\n")
	pr("// orbit has more than two members. %d pairs, sorted by from.\n", len(orbit))
	pr("constexpr FoldPair kCaseOrbit[] = {\n")
	for i, f := range orbit {
		if i%6 == 0 {
			pr("   ")
		}
		pr(" {0x%04x, 0x%04x},", f.from, f.to)
		if i%6 == 5 || i == len(orbit)-1 {
			pr("\n")
		}
	}
	pr("};\n\n")

	pr("// Go's asciiFold: SimpleFold of each ASCII rune.\nconstexpr uint16_t kAsciiFold[0x80] = {\n")
	for i := rune(0); i < 0x80; i++ {
		if i%8 == 0 {
			pr("   ")
		}
		pr(" 0x%04x,", unicode.SimpleFold(i))
		if i%8 == 7 {
			pr("\n")
		}
	}
	pr("};\n\n")

	props := properties()
	pr("// Go's properties table (unicode/tables.go): the Latin-1 fast paths.\n")
	pr("constexpr uint8_t kProperties[0x100] = {\n")
	for i, b := range props {
		if i%8 == 0 {
			pr("   ")
		}
		pr(" %s,", propName(b))
		if i%8 == 7 {
			pr(" // %#02x\n", i-7)
		}
	}
	pr("};\n\n")
	pr("%s", epilogue)
}

func delta(d rune) string {
	if d == unicode.UpperLower {
		return "kUpperLower"
	}
	return strconv.Itoa(int(d))
}

func propName(b uint8) string {
	if b == 0 {
		return "0"
	}
	var parts []string
	if b&pC != 0 {
		parts = append(parts, "pC")
	}
	if b&pP != 0 {
		parts = append(parts, "pP")
	}
	if b&pN != 0 {
		parts = append(parts, "pN")
	}
	if b&pS != 0 {
		parts = append(parts, "pS")
	}
	if b&pZ != 0 {
		parts = append(parts, "pZ")
	}
	switch b & pLo {
	case pLo:
		parts = append(parts, "pLo")
	case pLu:
		parts = append(parts, "pLu")
	case pLl:
		parts = append(parts, "pLl")
	}
	if b&pp != 0 {
		parts = append(parts, "pp")
	}
	return strings.Join(parts, " | ")
}

const prologue = `#include "stdlib/unicode/UnicodeTables.h"

#include <cstddef>
#include <iterator>

namespace weft::unicode {

namespace {

// One range of a Go RangeTable (R16 and R32 share this shape here): lo, lo+stride, ... <= hi.
struct Range
{
    uint32_t lo;
    uint32_t hi;
    uint32_t stride;
};

// A RangeTable: its ranges sorted by lo and disjoint, and LatinOffset, the number of leading
// ranges with hi <= MaxLatin1 (skipped by isExcludingLatin).
struct Table
{
    const Range* ranges;
    std::size_t size;
    std::size_t latinOffset;
};

struct CaseRange
{
    uint32_t lo;
    uint32_t hi;
    int32_t delta[MaxCase];
};

struct FoldPair
{
    uint16_t from;
    uint16_t to;
};

constexpr int32_t kUpperLower = MaxRune + 1;

constexpr uint8_t pC = 1 << 0;  // a control character.
constexpr uint8_t pP = 1 << 1;  // a punctuation character.
constexpr uint8_t pN = 1 << 2;  // a numeral.
constexpr uint8_t pS = 1 << 3;  // a symbolic character.
constexpr uint8_t pZ = 1 << 4;  // a spacing character.
constexpr uint8_t pLu = 1 << 5; // an upper-case letter.
constexpr uint8_t pLl = 1 << 6; // a lower-case letter.
constexpr uint8_t pp = 1 << 7;  // a printable character according to Go's definition.
constexpr uint8_t pg = pp | pZ; // a graphical character according to the Unicode definition.
constexpr uint8_t pLo = pLl | pLu; // a letter that is neither upper nor lower case.
constexpr uint8_t pLmask = pLo;

`

const epilogue = `// Binary search of ranges [first, size) of t. A negative rune, as uint32, is above every range.
bool search(const Table& t, std::size_t first, int32_t r)
{
    const uint32_t c = static_cast<uint32_t>(r);
    std::size_t lo = first;
    std::size_t hi = t.size;
    while (lo < hi)
    {
        const std::size_t m = lo + (hi - lo) / 2;
        const Range& g = t.ranges[m];
        if (c < g.lo)
            hi = m;
        else if (c > g.hi)
            lo = m + 1;
        else
            return g.stride == 1 || (c - g.lo) % g.stride == 0;
    }
    return false;
}

// Go's unicode.Is.
bool is(const Table& t, int32_t r)
{
    return search(t, 0, r);
}

// Go's isExcludingLatin: the table without its Latin-1 ranges.
bool isExcludingLatin(const Table& t, int32_t r)
{
    return search(t, t.latinOffset, r);
}

uint8_t properties(int32_t r)
{
    return kProperties[static_cast<uint8_t>(r)];
}

bool isLatin1(int32_t r)
{
    return static_cast<uint32_t>(r) <= MaxLatin1;
}

} // namespace

bool IsControl(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pC) != 0;
    // All control characters are < MaxLatin1.
    return false;
}

bool IsDigit(int32_t r)
{
    if (r <= MaxLatin1)
        return '0' <= r && r <= '9';
    return isExcludingLatin(kDigit, r);
}

bool IsGraphic(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pg) != 0;
    // GraphicRanges: L, M, N, P, S, Zs.
    return is(kLetter, r) || is(kMark, r) || is(kNumber, r) || is(kPunct, r) || is(kSymbol, r) ||
           is(kZs, r);
}

bool IsLetter(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pLmask) != 0;
    return isExcludingLatin(kLetter, r);
}

bool IsLower(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pLmask) == pLl;
    return isExcludingLatin(kLower, r);
}

bool IsMark(int32_t r)
{
    // There are no mark characters in Latin-1.
    return isExcludingLatin(kMark, r);
}

bool IsNumber(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pN) != 0;
    return isExcludingLatin(kNumber, r);
}

bool IsPrint(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pp) != 0;
    // PrintRanges: L, M, N, P, S.
    return is(kLetter, r) || is(kMark, r) || is(kNumber, r) || is(kPunct, r) || is(kSymbol, r);
}

bool IsPunct(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pP) != 0;
    return is(kPunct, r);
}

bool IsSpace(int32_t r)
{
    if (isLatin1(r))
    {
        switch (r)
        {
        case '\t':
        case '\n':
        case '\v':
        case '\f':
        case '\r':
        case ' ':
        case 0x85:
        case 0xA0:
            return true;
        }
        return false;
    }
    return isExcludingLatin(kWhiteSpace, r);
}

bool IsSymbol(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pS) != 0;
    return isExcludingLatin(kSymbol, r);
}

bool IsTitle(int32_t r)
{
    if (r <= MaxLatin1)
        return false;
    return isExcludingLatin(kTitle, r);
}

bool IsUpper(int32_t r)
{
    if (isLatin1(r))
        return (properties(r) & pLmask) == pLu;
    return isExcludingLatin(kUpper, r);
}

int32_t To(int64_t which, int32_t r)
{
    if (which < 0 || which >= MaxCase)
        return ReplacementChar; // as reasonable an error as any
    const int c = static_cast<int>(which);
    std::size_t lo = 0;
    std::size_t hi = std::size(kCaseRanges);
    while (lo < hi)
    {
        const std::size_t m = lo + (hi - lo) / 2;
        const CaseRange& cr = kCaseRanges[m];
        const int32_t crLo = static_cast<int32_t>(cr.lo);
        const int32_t crHi = static_cast<int32_t>(cr.hi);
        if (crLo <= r && r <= crHi)
        {
            const int32_t delta = cr.delta[c];
            if (delta > MaxRune)
            {
                // An Upper Lower Upper Lower... sequence: even offsets are upper case, odd
                // ones lower. UpperCase and TitleCase are even, LowerCase odd, so the low bit
                // of the offset comes from the case.
                return crLo + (((r - crLo) & ~1) | (c & 1));
            }
            return r + delta;
        }
        if (r < crLo)
            hi = m;
        else
            lo = m + 1;
    }
    return r;
}

int32_t ToUpper(int32_t r)
{
    if (r <= MaxASCII)
    {
        if ('a' <= r && r <= 'z')
            r -= 'a' - 'A';
        return r;
    }
    return To(UpperCase, r);
}

int32_t ToLower(int32_t r)
{
    if (r <= MaxASCII)
    {
        if ('A' <= r && r <= 'Z')
            r += 'a' - 'A';
        return r;
    }
    return To(LowerCase, r);
}

int32_t ToTitle(int32_t r)
{
    if (r <= MaxASCII)
    {
        if ('a' <= r && r <= 'z') // title case is upper case for ASCII
            r -= 'a' - 'A';
        return r;
    }
    return To(TitleCase, r);
}

int32_t SimpleFold(int32_t r)
{
    if (r < 0 || r > MaxRune)
        return r;
    if (r < static_cast<int32_t>(std::size(kAsciiFold)))
        return kAsciiFold[r];
    // Consult caseOrbit for the special cases.
    std::size_t lo = 0;
    std::size_t hi = std::size(kCaseOrbit);
    while (lo < hi)
    {
        const std::size_t m = lo + (hi - lo) / 2;
        if (static_cast<int32_t>(kCaseOrbit[m].from) < r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < std::size(kCaseOrbit) && static_cast<int32_t>(kCaseOrbit[lo].from) == r)
        return kCaseOrbit[lo].to;
    // No folding specified: a one- or two-element equivalence class of r and ToLower(r) and
    // ToUpper(r) if they differ from r.
    if (const int32_t l = ToLower(r); l != r)
        return l;
    return ToUpper(r);
}

} // namespace weft::unicode
`
