// Go's internal/fmtsort (Go 1.19), which orders map keys for printing, with the sort.Stable it
// uses (insertion sort of blocks of 20, then SymMerge), so that keys that compare equal or
// inconsistently (NaNs) keep the iteration order and no comparator can misbehave.
//
// One deliberate difference: interface keys of different dynamic types are ordered by Go by the
// address of their type descriptors, which is an accident of the linker; here they are ordered
// by the types' names (typeString).
#include "stdlib/fmt/MapSort.h"

#include <cmath>
#include <string>

namespace weft::fmt::detail {

namespace {

template <typename T>
int cmp3(const T& a, const T& b)
{
    if (a < b)
        return -1;
    if (b < a)
        return 1;
    return 0;
}

// floatCompare compares two floating-point values. NaNs compare low.
int floatCompare(double a, double b)
{
    if (std::isnan(a))
        return -1; // No good answer if b is a NaN so don't bother checking.
    if (std::isnan(b))
        return 1;
    return cmp3(a, b);
}

// nilCompare: if either value is nil, the comparison (nil first); nullopt otherwise.
std::optional<int> nilCompare(const Value& a, const Value& b)
{
    if (a.isNil())
        return b.isNil() ? 0 : -1;
    if (b.isNil())
        return 1;
    return std::nullopt;
}

class EntrySorter
{
public:
    explicit EntrySorter(std::vector<MapEntry>& data) : data_(data) {}

    void stable()
    {
        int n = static_cast<int>(data_.size());
        int blockSize = 20; // must be > 0
        int a = 0, b = blockSize;
        while (b <= n)
        {
            insertionSort(a, b);
            a = b;
            b += blockSize;
        }
        insertionSort(a, n);
        while (blockSize < n)
        {
            a = 0;
            b = 2 * blockSize;
            while (b <= n)
            {
                symMerge(a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            if (int m = a + blockSize; m < n)
                symMerge(a, m, n);
            blockSize *= 2;
        }
    }

private:
    bool less(int i, int j) const
    {
        return compareValues(*data_[static_cast<size_t>(i)].first, *data_[static_cast<size_t>(j)].first) < 0;
    }
    void swap(int i, int j) { std::swap(data_[static_cast<size_t>(i)], data_[static_cast<size_t>(j)]); }

    void insertionSort(int a, int b)
    {
        for (int i = a + 1; i < b; ++i)
            for (int j = i; j > a && less(j, j - 1); --j)
                swap(j, j - 1);
    }

    void swapRange(int a, int b, int n)
    {
        for (int i = 0; i < n; ++i)
            swap(a + i, b + i);
    }

    void rotate(int a, int m, int b)
    {
        int i = m - a;
        int j = b - m;
        while (i != j)
        {
            if (i > j)
            {
                swapRange(m - i, m, j);
                i -= j;
            }
            else
            {
                swapRange(m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(m - i, m, i);
    }

    // symMerge merges the two sorted subsequences data[a:m] and data[m:b] (SymMerge, Kim and
    // Kutzner, ESA 2004), exactly as Go's sort package.
    void symMerge(int a, int m, int b)
    {
        if (m - a == 1)
        {
            int i = m, j = b;
            while (i < j)
            {
                int h = static_cast<int>(static_cast<unsigned>(i + j) >> 1);
                if (less(h, a))
                    i = h + 1;
                else
                    j = h;
            }
            for (int k = a; k < i - 1; ++k)
                swap(k, k + 1);
            return;
        }
        if (b - m == 1)
        {
            int i = a, j = m;
            while (i < j)
            {
                int h = static_cast<int>(static_cast<unsigned>(i + j) >> 1);
                if (!less(m, h))
                    i = h + 1;
                else
                    j = h;
            }
            for (int k = m; k > i; --k)
                swap(k, k - 1);
            return;
        }
        int mid = static_cast<int>(static_cast<unsigned>(a + b) >> 1);
        int n = mid + m;
        int start, r;
        if (m > mid)
        {
            start = n - b;
            r = mid;
        }
        else
        {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r)
        {
            int c = static_cast<int>(static_cast<unsigned>(start + r) >> 1);
            if (!less(p - c, c))
                start = c + 1;
            else
                r = c;
        }
        int end = n - start;
        if (start < m && m < end)
            rotate(start, m, end);
        if (a < start && start < mid)
            symMerge(a, start, mid);
        if (mid < end && end < b)
            symMerge(mid, end, b);
    }

    std::vector<MapEntry>& data_;
};

} // namespace

int compareValues(const Value& a, const Value& b)
{
    switch (a.kind())
    {
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64: return cmp3(a.intValue(), b.intValue());
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr: return cmp3(a.uintValue(), b.uintValue());
    case Kind::String: return cmp3(a.stringValue(), b.stringValue()); // bytewise, as Go
    case Kind::Float32:
    case Kind::Float64: return floatCompare(a.floatValue(), b.floatValue());
    case Kind::Bool:
    {
        bool x = a.boolValue(), y = b.boolValue();
        return x == y ? 0 : x ? 1 : -1;
    }
    case Kind::Pointer: return cmp3(a.pointerValue(), b.pointerValue());
    case Kind::Chan:
        if (auto c = nilCompare(a, b))
            return *c;
        return cmp3(a.pointerValue(), b.pointerValue());
    case Kind::Struct:
        for (size_t i = 0, n = a.numFields(); i < n; ++i)
            if (int c = compareValues(*a.field(i), *b.field(i)); c != 0)
                return c;
        return 0;
    case Kind::Array:
        for (size_t i = 0, n = a.len(); i < n; ++i)
            if (int c = compareValues(*a.index(i), *b.index(i)); c != 0)
                return c;
        return 0;
    case Kind::Interface:
    {
        if (auto c = nilCompare(a, b))
            return *c;
        auto x = a.elem();
        auto y = b.elem();
        if (int c = cmp3(x->typeString(), y->typeString()); c != 0)
            return c;
        return compareValues(*x, *y);
    }
    default:
        // Certain types cannot appear as keys (maps, funcs, slices); Go panics.
        return 0;
    }
}

void sortMapEntries(std::vector<MapEntry>& entries) { EntrySorter(entries).stable(); }

} // namespace weft::fmt::detail
