#include "runtime/NativeStack.h"

#include <memory>

namespace weft {

namespace {

// Below this address the stack is too close to its end for another level of a recursing
// native (a fmt frame and a nested interpreter run take a few KiB; the margin keeps room for
// reporting the error).
constexpr size_t kMargin = size_t(256) << 10;
thread_local char* tStackLimit = nullptr;
thread_local bool tOverflowed = false;

char* lookUpLimit()
{
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0)
    {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (!addr || size <= kMargin)
        return reinterpret_cast<char*>(1); // unknown: never report low
    return static_cast<char*>(addr) + kMargin; // stacks grow down from addr + size
}

void* threadMain(void* arg)
{
    std::unique_ptr<std::function<void()>> fn(static_cast<std::function<void()>*>(arg));
    (*fn)();
    return nullptr;
}

} // namespace

bool nativeStackLow()
{
    if (!tStackLimit) [[unlikely]]
        tStackLimit = lookUpLimit();
    char here;
    if (&here >= tStackLimit) [[likely]]
        return false;
    tOverflowed = true;
    return true;
}

bool nativeStackOverflowed()
{
    bool o = tOverflowed;
    tOverflowed = false;
    return o;
}

NativeThread::~NativeThread()
{
    if (started_)
        pthread_detach(id_); // as a destroyed, never joined thread: left to finish on its own
}

bool NativeThread::start(std::function<void()> fn, size_t stackBytes)
{
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return false;
    pthread_attr_setstacksize(&attr, stackBytes);
    auto* arg = new std::function<void()>(std::move(fn));
    int rc = pthread_create(&id_, &attr, threadMain, arg);
    pthread_attr_destroy(&attr);
    if (rc != 0) // address space refused (a ulimit -v): the system's default size will do
        rc = pthread_create(&id_, nullptr, threadMain, arg);
    if (rc != 0)
    {
        delete arg;
        return false;
    }
    started_ = true;
    return true;
}

void NativeThread::join()
{
    if (started_)
        pthread_join(id_, nullptr);
    started_ = false;
}

void NativeThread::detach()
{
    if (started_)
        pthread_detach(id_);
    started_ = false;
}

} // namespace weft
