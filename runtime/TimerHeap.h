#pragma once
// The runtime's timers and the heap that orders them (Go's runtime/time.go: a timer is an entry
// of a 4-ary min-heap ordered by `when`). The heap holds pointers to timers that live
// elsewhere (a sleeping goroutine's own timer, or a runtime timer behind time.Timer/Ticker),
// and each timer knows its index, so stopping or resetting one is O(log n) and leaves nothing
// behind. Not synchronized: Runtime::timerMu guards the heap and every timer on it
// (runtime/Timers.cpp).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace weft {

struct G;
struct ChanObject;

struct Timer
{
    static constexpr uint32_t kNotInHeap = UINT32_MAX;
    int64_t when = 0;   // steady-clock nanoseconds (CLOCK_MONOTONIC, as time.Now's reading)
    int64_t period = 0; // > 0: due again every period (a Ticker)
    uint64_t seq = 0;   // arming order: timers due at the same `when` fire first-armed first
    uint32_t index = kNotInHeap; // its place in the heap, or kNotInHeap
    // What firing does, one of: ready the sleeping goroutine g; send the time on c without
    // blocking (time.Timer, Ticker: Go's sendTime); run the func value fn in a new goroutine
    // (AfterFunc). c and fn are roots while the timer is pending.
    G* g = nullptr;
    ChanObject* c = nullptr;
    void* fn = nullptr;
    int64_t id = 0; // a runtime timer's id (package time's handle), 0 for a sleeper
    bool firing = false; // its send or AfterFunc is under way, timerMu released (Timers.cpp)

};

// Each entry carries its timer's `when` and seq, so that sifting compares contiguous memory
// instead of following a pointer per comparison (Go 1.23's timerWhen): a ticker due again sinks
// through the whole heap at every tick.
class TimerHeap
{
public:
    bool empty() const { return heap_.empty(); }
    size_t size() const { return heap_.size(); }
    Timer* top() const { return heap_.front().t; }
    // The earliest `when`, INT64_MAX when empty.
    int64_t firstWhen() const { return heap_.empty() ? INT64_MAX : heap_.front().when; }
    void push(Timer* t);
    void remove(Timer* t);  // t is in the heap
    void fix(Timer* t);     // t is in the heap and its `when` or seq changed

private:
    struct Entry
    {
        int64_t when;
        uint64_t seq;
        Timer* t;
        bool before(const Entry& o) const { return when != o.when ? when < o.when : seq < o.seq; }
    };
    void place(const Entry& e, size_t i)
    {
        heap_[i] = e;
        e.t->index = uint32_t(i);
    }
    void siftUp(size_t i);
    void siftDown(size_t i);
    std::vector<Entry> heap_;
};

} // namespace weft
