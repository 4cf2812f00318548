#pragma once
#include "runtime/HeapCentral.h"
#include "runtime/HeapPages.h"

#include <cstdint>

namespace weft {

// What one sweep found: the live heap (the next cycle's pacing base) and what it freed.
struct SweepResult
{
    uint64_t liveBytes = 0;
    uint64_t liveObjects = 0;
    uint64_t freedObjects = 0;
    uint64_t freedBytes = 0;
    uint64_t freedSpans = 0; // spans whose pages went back to HeapPages
};

// The sweep phase (Go's mgcsweep.go, done eagerly): after marking, every in-use span is swept
// at once, inside collect(), with the world stopped and Heap::mutex_ held.
//
// For every span, on return:
//   - small spans: the marked objects are exactly the allocated ones (Span::sweep), mark bits
//     are clear; a span with no object left is returned to HeapPages (its pages coalesce with
//     free neighbours); the others are filed in HeapCentral as partial or full.
//   - large spans: unmarked ones are returned to HeapPages, marked ones have their bit cleared.
// Requires that no span is cached: collect() releases every HeapCache's spans first.
class GcSweeper
{
public:
    GcSweeper(HeapCentral& central, HeapPages& pages) : central_(central), pages_(pages) {}

    SweepResult sweepAll();

private:
    HeapCentral& central_;
    HeapPages& pages_;
};

} // namespace weft
