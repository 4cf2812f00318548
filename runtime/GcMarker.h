#pragma once
#include "runtime/GcLayout.h"
#include "runtime/GcRoots.h"
#include "runtime/HeapArena.h"
#include "runtime/Span.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace weft {

// The mark phase (Go's mgcmark.go, without its concurrency): every object reachable from the
// roots gets its mark bit set. Runs inside Heap::collect(), single-threaded, world stopped.
//
// Grey objects are kept on an explicit stack, never on the C++ stack, so the depth of the
// object graph does not matter (a list of 1e7 nodes is marked in constant C++ stack).
//
// Invariants:
//   - An object's mark bit is set before it is pushed, and a marked object is never pushed
//     again: each scan object is scanned at most once, and the stack never holds more entries
//     (16 bytes each, C++ memory) than there are scan objects in the heap.
//   - Only allocated objects are marked (Span::isAllocated), so a stale or forged pointer into
//     free memory cannot resurrect a free slot.
//   - Noscan objects are marked but never pushed: their contents are never read, so a bit
//     pattern that looks like a pointer keeps nothing alive.
//   - When drain() returns, every marked scan object has been scanned: the marked set is closed
//     under "points to".
//   - The one exception to "scanned at most once": an object with a finalizer has its referents
//     scanned as a root (scanReferents) before it is known to be reachable, and may be scanned
//     again if it is (Go's markrootSpans does the same).
class GcMarker final : public GcRootVisitor
{
public:
    explicit GcMarker(const HeapArena& arena) : arena_(arena) {}

    void pointer(const void* p) override { mark(reinterpret_cast<uintptr_t>(p)); }
    void words(const void* base, const GcLayout* layout) override;
    void repeatedWords(const void* base, const GcLayout* element, size_t bytes) override;
    void interfacePair(const void* const* twoWords) override;

    // Scans grey objects until none is left.
    void drain();

    // Finalizers (HeapFinalizers.h). scanReferents: what the object at `object` (an allocated
    // object's start) points to is reachable, but not the object itself. isMarked: whether the
    // object has been marked. markOnly: marks it without scanning (its referents already are).
    void scanReferents(const void* object);
    bool isMarked(const void* object) const;
    void markOnly(const void* object);

    uint64_t markedObjects() const { return markedObjects_; }
    uint64_t scannedBytes() const { return scannedBytes_; }

private:
    // A grey object: its payload (just after the header) and its size in bytes.
    struct Grey
    {
        const char* payload;
        size_t bytes;
    };

    void mark(uintptr_t p)
    {
        Span* s = arena_.spanOf(reinterpret_cast<const void*>(p));
        if (s == nullptr || s->state != SpanState::InUse)
            return;
        const uint32_t index = s->objectIndex(p);
        if (index >= s->nelems || !s->isAllocated(index) || s->isMarked(index))
            return;
        s->setMarked(index);
        ++markedObjects_;
        if (!s->noscan)
        {
            const char* slot = reinterpret_cast<const char*>(s->objectAddress(index));
            grey_.push_back({slot + kGcHeaderBytes, s->elemSize - kGcHeaderBytes});
        }
    }

    // Traces the pointer and interface words of `bytes` of memory holding copies of `layout`.
    void scan(const char* base, size_t bytes, const GcLayout& layout);

    const HeapArena& arena_;
    std::vector<Grey> grey_;
    uint64_t markedObjects_ = 0;
    uint64_t scannedBytes_ = 0;
};

} // namespace weft
