#pragma once
// The machine stack of the calling thread, for the passes that recurse over the syntax tree
// (parser, checker, code generator). Each refuses input nested deeper than the stack it has left,
// with an error at the position, instead of overflowing it; and compilation runs on a thread
// with a large stack (onLargeStack) so that what Go accepts — a 100,000-term expression of
// generated code — fits.
#include <cstddef>
#include <functional>

namespace weft {

// Bytes of this thread's stack between the caller's frame and its end.
size_t stackRoom();

// True when fewer than a quarter of this thread's stack, and at least 256 KiB, are left: a pass
// then refuses to go deeper, leaving the rest to the passes and library code that run below it.
bool stackNearlyFull();

// Runs fn on a new thread with a stack of kLargeStack bytes (reserved, touched only as used) and
// waits for it; runs fn on the calling thread when no such thread can be made.
#if defined(__SANITIZE_THREAD__)
// TSan keeps shadow memory for whole thread stacks: the size its worker threads use
// (runtime/NativeStack.h), which its runs are known to take.
inline constexpr size_t kLargeStack = size_t(512) << 20;
#else
inline constexpr size_t kLargeStack = size_t(1) << 30;
#endif
void onLargeStack(const std::function<void()>& fn);

} // namespace weft
