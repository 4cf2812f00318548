#pragma once
#include "runtime/GcLayout.h"

#include <cstddef>

namespace weft {

// How the VM tells the collector where its roots are: every goroutine's frames, globals,
// channel buffers and waiters, timers, host handles. Heap::collect() hands a GcRootVisitor to
// the VM's GcRootEnumerator, which calls it for each root, then returns.
//
// Any value may be given: nil, a pointer outside the heap (static data, constant pools, C++
// objects), an interior pointer into an object (a slice or string into its array), or a
// pointer to an object's start. Pointers outside the arena, into free memory or past the
// objects of a span are ignored. A pointer one past the end of an object is a pointer to the
// next object: the VM must not keep such pointers (Go's compiler doesn't either: slicing to an
// empty tail keeps the base pointer).
class GcRootVisitor
{
public:
    // One word that is a pointer (the value, not its address).
    virtual void pointer(const void* p) = 0;
    // Memory described by `layout` (a frame's slots, the globals): the layout's size() bytes at
    // `base` are read and their pointer and interface words traced. `base` need not be in the
    // heap. A null layout is ignored.
    virtual void words(const void* base, const GcLayout* layout) = 0;
    // `bytes` of memory holding consecutive values of `element` (a buffer of n values).
    virtual void repeatedWords(const void* base, const GcLayout* element, size_t bytes) = 0;
    // One interface value {type descriptor*, data}: data is traced iff the descriptor is
    // pointer-shaped (see kTypePointerShaped in GcLayout.h).
    virtual void interfacePair(const void* const* twoWords) = 0;

protected:
    ~GcRootVisitor() = default;
};

// Implemented by the VM. enumerateRoots() runs inside Heap::collect(), with the heap's lock held
// and every mutator stopped: it must visit every root, and must not allocate from the heap or
// call any other Heap member (the lock is not recursive).
class GcRootEnumerator
{
public:
    virtual void enumerateRoots(GcRootVisitor& visitor) = 0;

protected:
    ~GcRootEnumerator() = default;
};

} // namespace weft
