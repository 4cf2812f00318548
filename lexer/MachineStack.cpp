#include "lexer/MachineStack.h"

#include <exception>
#include <pthread.h>

namespace weft {

namespace {

// This thread's stack: its lowest address and its size (the stack grows down on every target
// weft builds for). For the main thread glibc reports the size the resource limit allows.
struct StackBounds
{
    const char* low = nullptr;
    size_t size = 0;
};

const StackBounds& bounds()
{
    thread_local const StackBounds b = [] {
        StackBounds s;
        pthread_attr_t attr;
        if (pthread_getattr_np(pthread_self(), &attr) != 0)
            return s;
        void* addr = nullptr;
        size_t size = 0;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0)
        {
            s.low = static_cast<const char*>(addr);
            s.size = size;
        }
        pthread_attr_destroy(&attr);
        return s;
    }();
    return b;
}

} // namespace

size_t stackRoom()
{
    const StackBounds& b = bounds();
    const char* here = static_cast<const char*>(__builtin_frame_address(0));
    if (!b.low || here < b.low)
        return 0;
    return size_t(here - b.low);
}

bool stackNearlyFull()
{
    const StackBounds& b = bounds();
    if (!b.low)
        return false; // unknown bounds: the passes' own depth limits still apply
    size_t reserve = b.size / 4;
    if (reserve < (size_t(256) << 10))
        reserve = size_t(256) << 10;
    return stackRoom() < reserve;
}

void onLargeStack(const std::function<void()>& fn)
{
    // What the thread runs: fn, with an exception (std::bad_alloc) carried back to the caller.
    struct Job
    {
        const std::function<void()>& fn;
        std::exception_ptr thrown;
    } job{fn, nullptr};
    auto run = [](void* p) -> void* {
        auto* j = static_cast<Job*>(p);
        try
        {
            j->fn();
        }
        catch (...)
        {
            j->thrown = std::current_exception();
        }
        return nullptr;
    };
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0)
    {
        if (pthread_attr_setstacksize(&attr, kLargeStack) == 0)
            started = pthread_create(&thread, &attr, run, &job) == 0;
        pthread_attr_destroy(&attr);
    }
    if (!started)
        return fn();
    pthread_join(thread, nullptr);
    if (job.thrown)
        std::rethrow_exception(job.thrown);
}

} // namespace weft
