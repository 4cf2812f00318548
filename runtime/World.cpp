// Stopping the world for a collection (Go's stopTheWorld for the GC).
//
// The handshake, all under schedMu:
//   - nrunning counts the workers that may touch the heap: executing goroutines, or looking for
//     them. An idle worker (asleep in findRunnable), a stopped one and one blocked in a native
//     (enterBlocking) are not counted.
//   - A worker that wants to collect sets gcWaiting and waits until it is the only one running.
//     Running workers see gcWaiting at their next safepoint (an allocating instruction or a
//     call with no native of theirs on the stack, the end of a time slice, the scheduler
//     loop), stop (nrunning--) and wait for it to clear. A worker that would start running
//     (waking from idle, returning from a blocking native) waits for it to clear first.
//   - Then the collector collects alone (Heap::collect resets every worker's cache, ordered with
//     their next allocations by schedMu), clears gcWaiting and wakes everyone.
// Parked goroutines are always safe: their registers are in their stacks, which are roots.
#include "runtime/Worker.h"

namespace weft {

void Runtime::collectNow()
{
    std::unique_lock lock(schedMu);
    if (gcWaiting.load(std::memory_order_relaxed))
    {
        // Another worker is collecting: stop for it (its collection serves this one too).
        nrunning--;
        worldCv.notify_all();
        worldCv.wait(lock, [&] { return !gcWaiting.load(std::memory_order_relaxed); });
        nrunning++;
        return;
    }
    gcWaiting.store(true, std::memory_order_seq_cst);
    reclaimAllKeptLocked(); // (a host that took its worker back first is counted running)
    worldCv.wait(lock, [&] { return nrunning <= 1; });
    lock.unlock();
    heap.collect(*this);
    lock.lock();
    gcWaiting.store(false, std::memory_order_relaxed);
    worldCv.notify_all();
    lock.unlock();
    exec.startFinalizer();
}

void Runtime::stopForWorld()
{
    std::unique_lock lock(schedMu);
    if (!gcWaiting.load(std::memory_order_relaxed))
        return;
    nrunning--;
    worldCv.notify_all();
    worldCv.wait(lock, [&] { return !gcWaiting.load(std::memory_order_relaxed); });
    nrunning++;
}

} // namespace weft
