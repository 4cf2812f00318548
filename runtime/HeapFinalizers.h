#pragma once
#include <cstdint>
#include <deque>
#include <unordered_map>

namespace weft {

class GcMarker;

// A finalizer (runtime.SetFinalizer) as the heap keeps it. The heap knows only that `fn` is a
// pointer to keep alive; `objectType` and `argType` are the VM's (type descriptors, outside
// the heap), carried for when the finalizer runs.
struct Finalizer
{
    void* object = nullptr; // the object's start, as allocate() returned it
    void* fn = nullptr;     // the func value
    const void* objectType = nullptr;
    const void* argType = nullptr;
};

// The finalizer table and the queue of finalizers due to run (Go's specials of kind
// _KindSpecialFinalizer and its finq), under the heap's lock.
//
// The collector's protocol, after Go's (mgcmark.go markrootSpans, mgcsweep.go):
//   1. markRoots, with the ordinary roots: each table entry's fn is a root, and so is
//      everything its object points to, but not the object itself; each queued entry's object
//      and fn are roots.
//   2. The marker drains.
//   3. queueUnreachable: an entry whose object is still unmarked leaves the table for the
//      queue, and its object is marked (resurrected: it stays until its finalizer has run and
//      dropped it). Its referents were marked in step 1, so nothing more is scanned.
// So an object reachable from its own finalizer's closure, or in a cycle of finalized objects,
// is never finalized or freed, as in Go.
class HeapFinalizers
{
public:
    // False if `object` already has a finalizer.
    bool add(const Finalizer& f);
    void remove(void* object) { table_.erase(object); }
    void markRoots(GcMarker& marker) const;
    void queueUnreachable(GcMarker& marker);
    // The oldest queued finalizer; false when none is queued. The caller must root its object
    // and fn (on a goroutine's stack) before the next collection.
    bool takeQueued(Finalizer* out);
    bool anyQueued() const { return !queue_.empty(); }

private:
    std::unordered_map<void*, Finalizer> table_;
    std::deque<Finalizer> queue_;
};

} // namespace weft
