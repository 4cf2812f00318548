// math's natives: the bit conversions (unsafe.go) and the functions Go implements in assembly
// on amd64 (Abs, Sqrt, FMA, Floor, Ceil, Trunc). The C++ library's versions are exact (IEEE
// correctly rounded or integral), so they agree with Go bit for bit, signed zeros and NaNs
// included.
#include "stdlib/StdlibNatives.h"
#include "vm/NativeContext.h"

#include <cmath>
#include <cstring>

namespace weft {

namespace {

// A float32 lives in a register as a double (Value.h). Converting by hand, not with the FPU,
// keeps a signalling NaN's payload, so Float32bits(Float32frombits(b)) == b for every b as in Go.
uint32_t float32Bits(double d)
{
    if (!std::isnan(d))
    {
        float f = float(d);
        uint32_t b;
        std::memcpy(&b, &f, 4);
        return b;
    }
    uint64_t u;
    std::memcpy(&u, &d, 8);
    return uint32_t(u >> 63 << 31) | 0x7f800000u | uint32_t((u >> 29) & 0x7fffff);
}

double float32FromBits(uint32_t b)
{
    if ((b & 0x7f800000u) != 0x7f800000u || (b & 0x7fffff) == 0)
    {
        float f;
        std::memcpy(&f, &b, 4);
        return f;
    }
    uint64_t u = uint64_t(b >> 31) << 63 | 0x7ff0000000000000ull | uint64_t(b & 0x7fffff) << 29;
    double d;
    std::memcpy(&d, &u, 8);
    return d;
}

void float32bits(NativeContext&, Slot* a, Slot* r) { r[0].u = float32Bits(a[0].f); }
void float32frombits(NativeContext&, Slot* a, Slot* r) { r[0].f = float32FromBits(uint32_t(a[0].u)); }
void float64bits(NativeContext&, Slot* a, Slot* r) { r[0].u = a[0].u; }
void float64frombits(NativeContext&, Slot* a, Slot* r) { r[0].u = a[0].u; }
void abs(NativeContext&, Slot* a, Slot* r) { r[0].u = a[0].u & ~(uint64_t(1) << 63); }
void sqrt(NativeContext&, Slot* a, Slot* r) { r[0].f = std::sqrt(a[0].f); }
void fma(NativeContext&, Slot* a, Slot* r) { r[0].f = std::fma(a[0].f, a[1].f, a[2].f); }
// Go's amd64 Floor, Ceil and Trunc use ROUNDSD, which quiets a signalling NaN; the C library
// may return it unchanged, so NaNs go through an addition, which quiets them the same way.
double rounded(double x, double (*f)(double)) { return std::isnan(x) ? x + x : f(x); }
void floor(NativeContext&, Slot* a, Slot* r) { r[0].f = rounded(a[0].f, std::floor); }
void ceil(NativeContext&, Slot* a, Slot* r) { r[0].f = rounded(a[0].f, std::ceil); }
void trunc(NativeContext&, Slot* a, Slot* r) { r[0].f = rounded(a[0].f, std::trunc); }

} // namespace

void registerMathNatives(NativeRegistry& registry)
{
    registry.add("math.Float32bits", &float32bits);
    registry.add("math.Float32frombits", &float32frombits);
    registry.add("math.Float64bits", &float64bits);
    registry.add("math.Float64frombits", &float64frombits);
    registry.add("math.Abs", &abs);
    registry.add("math.Sqrt", &sqrt);
    registry.add("math.FMA", &fma);
    registry.add("math.Floor", &floor);
    registry.add("math.Ceil", &ceil);
    registry.add("math.Trunc", &trunc);
}

} // namespace weft
