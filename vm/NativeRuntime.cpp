// What natives ask of the runtime (NativeContext's scheduling, blocking, timer, sleep and
// semaphore calls), passed on with the calling goroutine.
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"

namespace weft {

void NativeContext::yield() { g_.yieldRequested = true; }
void NativeContext::goexit()
{
    g_.goexiting = true;
    g_.panicking = true; // unwinds through the deferred calls as a panic would, with no value
}
int64_t NativeContext::numGoroutine() const { return vm_.impl().numGoroutine(); }

bool NativeContext::enterBlocking() { return vm_.impl().enterBlocking(); }
void NativeContext::exitBlocking() { vm_.impl().exitBlocking(); }

int64_t NativeContext::startTimer(int64_t d, int64_t period, ChanObject* c, void* fn)
{
    return vm_.impl().startTimer(d, period, c, fn);
}
bool NativeContext::stopTimer(int64_t id) { return vm_.impl().stopTimer(id); }
bool NativeContext::resetTimer(int64_t id, int64_t d, int64_t period, ChanObject* c, void* fn)
{
    return vm_.impl().resetTimer(id, d, period, c, fn);
}
void NativeContext::setTimerClock(int64_t startNano, void** local)
{
    std::lock_guard lock(vm_.impl().timerMu);
    vm_.impl().timeStartNano = startNano;
    vm_.impl().timeLocal = local;
}
void NativeContext::sleep(int64_t ns) { vm_.impl().sleep(g_, ns); }

void NativeContext::semacquire(uint32_t* addr, bool lifo, const char* reason)
{
    vm_.impl().semacquire(g_, addr, lifo, reason);
}
void NativeContext::semrelease(uint32_t* addr, int64_t n) { vm_.impl().semrelease(addr, n); }
void NativeContext::notifyListWait(uint32_t* list, uint32_t ticket) { vm_.impl().notifyListWait(g_, list, ticket); }
void NativeContext::notifyListNotify(uint32_t* list, bool all) { vm_.impl().notifyListNotify(list, all); }
bool NativeContext::canSpin(int iter) { return vm_.impl().canSpin(iter); }
void NativeContext::doSpin()
{
    for (int i = 0; i < 30; i++) // Go's active_spin_cnt
        cpuRelax();
}

} // namespace weft
