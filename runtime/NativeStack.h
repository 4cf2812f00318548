#pragma once
// The C++ stack under script code. Script calls never recurse on it (frames are the goroutine's
// own), but natives that walk a value (fmt printing, equality, hashing) and natives that call
// back into script code (fmt's String and Error methods) do, as deep as the value or the
// recursion goes. Go runs such code on its growable stacks up to 1 GB, so a value nested
// 200,000 deep prints, and an endless String recursion is `fatal error: stack overflow`.
// weft gives its worker threads large stacks (reserved, committed only as touched) and checks
// the remaining space where natives recurse: past the margin the program ends with Go's stack
// overflow error instead of a segfault.
#include <cstddef>
#include <functional>
#include <pthread.h>

namespace weft {

// A joinable thread with a stack of kWorkerStackBytes (std::thread cannot choose its size).
class NativeThread
{
public:
#if defined(__SANITIZE_ADDRESS__)
    // ASan's frames are several times larger: the same depth of values needs more. (Not under
    // TSan, which keeps shadow memory for whole thread stacks; its runs have no deep values.)
    static constexpr size_t kWorkerStackBytes = size_t(4) << 30;
#else
    static constexpr size_t kWorkerStackBytes = size_t(512) << 20;
#endif
    NativeThread() = default;
    NativeThread(const NativeThread&) = delete;
    NativeThread& operator=(const NativeThread&) = delete;
    ~NativeThread();
    // Starts fn on a new thread; false if the system refused one.
    bool start(std::function<void()> fn, size_t stackBytes = kWorkerStackBytes);
    void join();
    void detach();
    bool joinable() const { return started_; }

private:
    pthread_t id_{};
    bool started_ = false;
};

// Whether this thread's stack has less than the safety margin left (then a recursing native
// must stop: the caller reports `fatal error: stack overflow`). Cheap: one comparison once the
// thread's bounds are known (looked up on the first call in each thread).
bool nativeStackLow();
// Whether nativeStackLow() said so on this thread since the last call (and forget it): a native
// whose callee stopped recursing (fmt's engine) reports the overflow with this.
bool nativeStackOverflowed();

} // namespace weft
