// NativeContext::recoverPanic: a native taking back the panic of a script callback, the way
// Go's fmt recovers a panicking String or Error method and prints the panic instead.
#include "vm/InterpreterImpl.h"

namespace weft {

bool NativeContext::recoverPanic(GoIface* value)
{
    if (vm_.impl().exiting.load(std::memory_order_relaxed) || !g_.panicking || g_.panics.empty() || g_.panics.back().recovered)
        return false;
    PanicRecord& p = g_.panics.back();
    p.recovered = true;
    g_.panicking = false;
    *value = p.value;
    if (recoveredFrom_ == kNoneRecovered)
        recoveredFrom_ = g_.panics.size() - 1;
    return true;
}

// The panics this native recovered are forgotten when it returns. Records above them that are
// not recovered belong to a panic still unwinding (a later callback's, left pending): they stay.
// Any recovered record at or above recoveredFrom_ is this native's: a script's recover pops its
// record at once, and a nested native drops its own before returning.
void NativeContext::dropRecoveredPanics()
{
    auto& panics = g_.panics;
    size_t out = recoveredFrom_;
    for (size_t i = recoveredFrom_; i < panics.size(); i++)
        if (!panics[i].recovered)
            panics[out++] = panics[i];
    if (out < panics.size())
        panics.resize(out);
    recoveredFrom_ = kNoneRecovered;
}

} // namespace weft
