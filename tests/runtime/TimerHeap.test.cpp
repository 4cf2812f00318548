// The timer heap against a reference ordering: pushes, removals and changed `when`s in random
// order, the top always the earliest (first-armed first among equal `when`s), every index right.
#include "runtime/TimerHeap.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <random>
#include <vector>

namespace weft {

TEST_CASE("the timer heap keeps the earliest timer on top through push, remove and fix")
{
    std::mt19937_64 rng(7);
    std::deque<Timer> timers(2000); // stable addresses, as the runtime's map nodes
    std::vector<Timer*> in;         // the reference: what is on the heap
    TimerHeap heap;
    uint64_t seq = 0;
    auto earliest = [&] {
        return *std::min_element(in.begin(), in.end(), [](const Timer* a, const Timer* b) {
            return a->when != b->when ? a->when < b->when : a->seq < b->seq;
        });
    };
    for (int step = 0; step < 20000; step++)
    {
        const int op = int(rng() % 4);
        if (op <= 1 || in.empty())
        {
            Timer* t = nullptr;
            for (Timer& c : timers)
                if (c.index == Timer::kNotInHeap)
                {
                    t = &c;
                    break;
                }
            if (!t)
                continue;
            t->when = int64_t(rng() % 500); // many equal `when`s: seq decides
            t->seq = ++seq;
            heap.push(t);
            in.push_back(t);
        }
        else if (op == 2)
        {
            const size_t k = rng() % in.size();
            heap.remove(in[k]);
            CHECK(in[k]->index == Timer::kNotInHeap);
            in.erase(in.begin() + long(k));
        }
        else
        {
            Timer* t = in[rng() % in.size()];
            t->when = int64_t(rng() % 500);
            t->seq = ++seq;
            heap.fix(t);
        }
        REQUIRE(heap.size() == in.size());
        if (!in.empty())
        {
            REQUIRE(heap.top() == earliest());
            REQUIRE(heap.firstWhen() == earliest()->when);
        }
        else
            REQUIRE(heap.firstWhen() == INT64_MAX);
    }
    // Draining gives every timer in order.
    int64_t lastWhen = INT64_MIN;
    uint64_t lastSeq = 0;
    while (!heap.empty())
    {
        Timer* t = heap.top();
        CHECK((t->when > lastWhen || (t->when == lastWhen && t->seq > lastSeq)));
        lastWhen = t->when;
        lastSeq = t->seq;
        heap.remove(t);
    }
}

} // namespace weft
