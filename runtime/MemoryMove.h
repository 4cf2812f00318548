#pragma once
// Copying and clearing program memory without tearing a word.
//
// Go's memmove and memclr write every pointer-aligned word whole (runtime/memmove_amd64.s: "a
// pointer-sized word is never torn"), and racy Go programs depend on it: a goroutine that reads a
// pointer while another copies one over it sees the old pointer or the new one, never a mixture
// (test/fixedbugs/issue13160.go). libc's memmove promises nothing of the kind; glibc may copy
// with `rep movsb`, a byte at a time, and a torn pointer would let a script crash the
// interpreter. So copies and clears of memory a script can see go through these, which move
// whole words (relaxed atomics: plain loads and stores on x86-64 and arm64, and no compiler
// may turn them back into a call to memmove) when both ends and the length are word-aligned, as
// everything holding a pointer is. Unaligned copies hold no pointers and use libc.
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace weft
{

inline void moveMemory(void* dst, const void* src, size_t n)
{
    if (((reinterpret_cast<uintptr_t>(dst) | reinterpret_cast<uintptr_t>(src) | n) & 7) != 0)
    {
        std::memmove(dst, src, n);
        return;
    }
    auto* d = static_cast<uint64_t*>(dst);
    auto* s = static_cast<uint64_t*>(const_cast<void*>(src));
    size_t words = n / 8;
    if (d <= s || d >= s + words)
    {
        for (size_t i = 0; i < words; i++)
            __atomic_store_n(d + i, __atomic_load_n(s + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
    }
    else // overlapping with the destination above: copy from the top down, as memmove does
    {
        for (size_t i = words; i-- > 0;)
            __atomic_store_n(d + i, __atomic_load_n(s + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
    }
}

inline void clearMemory(void* dst, size_t n)
{
    if (((reinterpret_cast<uintptr_t>(dst) | n) & 7) != 0)
    {
        std::memset(dst, 0, n);
        return;
    }
    auto* d = static_cast<uint64_t*>(dst);
    for (size_t i = 0, words = n / 8; i < words; i++)
        __atomic_store_n(d + i, uint64_t{0}, __ATOMIC_RELAXED);
}

} // namespace weft
