#pragma once
// A short-hold lock for the runtime's structures (channels, run queues): a word that spins with
// a pause instruction, then yields the thread. Held only for a few hundred instructions and never
// across a blocking call, like Go's runtime `mutex` (lock_futex.go), which also spins first.
// It works on a plain uint32_t so that it can live inside a GC heap object (a channel), which
// is zeroed memory that no constructor runs on: zero is unlocked.
#include <atomic>
#include <cstdint>
#include <thread>

namespace weft {

inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

inline void spinLock(uint32_t& word)
{
    std::atomic_ref<uint32_t> w(word);
    for (unsigned spins = 0;; spins++)
    {
        if (w.load(std::memory_order_relaxed) == 0 && w.exchange(1, std::memory_order_acquire) == 0)
            return;
        if (spins < 64)
            cpuRelax();
        else
            std::this_thread::yield();
    }
}

inline void spinUnlock(uint32_t& word) { std::atomic_ref<uint32_t>(word).store(0, std::memory_order_release); }

class SpinLock
{
public:
    void lock() { spinLock(word_); }
    void unlock() { spinUnlock(word_); }

private:
    alignas(4) uint32_t word_ = 0;
};

} // namespace weft
