// Copies and clears of program memory: memmove's results, and whole words under a race.
#include "runtime/MemoryMove.h"

#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <thread>

using namespace weft;

TEST_CASE("moveMemory gives memmove's result for every overlap and alignment")
{
    for (size_t n : {0, 1, 7, 8, 16, 24, 40, 64})
        for (size_t from : {0, 1, 8, 16})
            for (size_t to : {0, 3, 8, 24})
            {
                alignas(8) unsigned char want[128], got[128];
                std::iota(want, want + 128, 0);
                std::memcpy(got, want, 128);
                std::memmove(want + to, want + from, n);
                moveMemory(got + to, got + from, n);
                CHECK(std::memcmp(want, got, 128) == 0);
            }
}

TEST_CASE("clearMemory zeroes exactly the range")
{
    alignas(8) unsigned char b[64];
    for (size_t at : {0, 1, 8})
        for (size_t n : {0, 5, 8, 32})
        {
            std::memset(b, 0xab, sizeof b);
            clearMemory(b + at, n);
            for (size_t i = 0; i < sizeof b; i++)
                CHECK(b[i] == (i >= at && i < at + n ? 0 : 0xab));
        }
}

TEST_CASE("a word copied while another thread copies over it is never torn")
{
    // test/fixedbugs/issue13160.go in miniature: a writer stores a pointer and nil by turns, a
    // reader copies the word out and must see one or the other.
    alignas(8) uint64_t slot[2] = {0, 0};
    const uint64_t pointer = 0x7f6764006018, nil = 0;
    std::atomic<bool> stop{false};
    std::atomic<int> torn{0};
    std::thread writer([&] {
        for (int i = 0; i < 2'000'000 && !stop; i++)
        {
            moveMemory(&slot[0], &pointer, 8);
            clearMemory(&slot[0], 8);
        }
        stop = true;
    });
    while (!stop)
    {
        alignas(8) uint64_t seen[1];
        moveMemory(seen, slot, 8);
        if (seen[0] != pointer && seen[0] != nil)
            torn++;
    }
    writer.join();
    CHECK(torn == 0);
}
