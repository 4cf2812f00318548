#include "runtime/HeapFinalizers.h"

#include "runtime/GcMarker.h"

#include <algorithm>
#include <vector>

namespace weft {

bool HeapFinalizers::add(const Finalizer& f)
{
    return table_.emplace(f.object, f).second;
}

void HeapFinalizers::markRoots(GcMarker& marker) const
{
    for (const auto& [object, f] : table_)
    {
        marker.pointer(f.fn);
        marker.scanReferents(object);
    }
    for (const Finalizer& f : queue_)
    {
        marker.pointer(f.object);
        marker.pointer(f.fn);
    }
}

void HeapFinalizers::queueUnreachable(GcMarker& marker)
{
    std::vector<Finalizer> due;
    for (auto it = table_.begin(); it != table_.end();)
    {
        if (marker.isMarked(it->first))
        {
            ++it;
            continue;
        }
        marker.markOnly(it->first);
        due.push_back(it->second);
        it = table_.erase(it);
    }
    // Go queues them in heap order; any fixed order will do, and address order is one that does
    // not depend on the hash table's.
    std::sort(due.begin(), due.end(), [](const Finalizer& a, const Finalizer& b) { return a.object < b.object; });
    queue_.insert(queue_.end(), due.begin(), due.end());
}

bool HeapFinalizers::takeQueued(Finalizer* out)
{
    if (queue_.empty())
        return false;
    *out = queue_.front();
    queue_.pop_front();
    return true;
}

} // namespace weft
