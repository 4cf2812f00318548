#include "runtime/GcMarker.h"

namespace weft {

namespace {

uintptr_t loadWord(const char* p)
{
    uintptr_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

} // namespace

void GcMarker::words(const void* base, const GcLayout* layout)
{
    if (base != nullptr && layout != nullptr)
        scan(static_cast<const char*>(base), layout->size(), *layout);
}

void GcMarker::repeatedWords(const void* base, const GcLayout* element, size_t bytes)
{
    if (base != nullptr && element != nullptr)
        scan(static_cast<const char*>(base), bytes, *element);
}

void GcMarker::interfacePair(const void* const* twoWords)
{
    if (twoWords != nullptr && gcTypeIsPointerShaped(twoWords[0]))
        mark(reinterpret_cast<uintptr_t>(twoWords[1]));
}

void GcMarker::drain()
{
    while (!grey_.empty())
    {
        const Grey g = grey_.back();
        grey_.pop_back();
        // The header was written by the allocator before the object was handed out.
        const GcLayout* layout;
        std::memcpy(&layout, g.payload - kGcHeaderBytes, sizeof layout);
        if (layout != nullptr)
            scan(g.payload, g.bytes, *layout);
    }
}

void GcMarker::scanReferents(const void* object)
{
    Span* s = arena_.spanOf(object);
    if (s == nullptr || s->state != SpanState::InUse || s->noscan)
        return;
    const uint32_t index = s->objectIndex(reinterpret_cast<uintptr_t>(object));
    if (index >= s->nelems || !s->isAllocated(index))
        return;
    const char* slot = reinterpret_cast<const char*>(s->objectAddress(index));
    grey_.push_back({slot + kGcHeaderBytes, s->elemSize - kGcHeaderBytes});
}

bool GcMarker::isMarked(const void* object) const
{
    Span* s = arena_.spanOf(object);
    if (s == nullptr || s->state != SpanState::InUse)
        return false;
    const uint32_t index = s->objectIndex(reinterpret_cast<uintptr_t>(object));
    return index < s->nelems && s->isMarked(index);
}

void GcMarker::markOnly(const void* object)
{
    Span* s = arena_.spanOf(object);
    if (s == nullptr || s->state != SpanState::InUse)
        return;
    const uint32_t index = s->objectIndex(reinterpret_cast<uintptr_t>(object));
    if (index >= s->nelems || !s->isAllocated(index) || s->isMarked(index))
        return;
    s->setMarked(index);
    ++markedObjects_;
}

void GcMarker::scan(const char* base, size_t bytes, const GcLayout& layout)
{
    const size_t elementWords = layout.elementWords();
    if (!layout.hasPointers() || elementWords == 0)
        return;
    // The memory holds as many whole copies of the element as fit; for an object that is the
    // requested size rounded up to its class, and the rounding is zeroed memory.
    const size_t elementBytes = elementWords * 8;
    // Most objects are one element (a struct, its class rounding smaller than itself): skip the
    // division, which costs as much as the rest of a small object's scan.
    const size_t copies = bytes < 2 * elementBytes ? (bytes >= elementBytes ? 1 : 0) : bytes / elementBytes;
    scannedBytes_ += copies * elementBytes;
    if (layout.allPointers())
    {
        const size_t n = copies * elementWords;
        for (size_t i = 0; i < n; ++i)
            mark(loadWord(base + i * 8));
        return;
    }
    const uint64_t* pointerBits = layout.pointerBits();
    const uint64_t* interfaceBits = layout.interfaceBits();
    const size_t bitmapWords = (elementWords + 63) / 64;
    for (size_t c = 0; c < copies; ++c, base += elementBytes)
    {
        for (size_t b = 0; b < bitmapWords; ++b)
        {
            uint64_t bits = pointerBits[b] | interfaceBits[b];
            while (bits != 0)
            {
                const unsigned bit = static_cast<unsigned>(__builtin_ctzll(bits));
                bits &= bits - 1;
                const char* word = base + (b * 64 + bit) * 8;
                if ((interfaceBits[b] >> bit) & 1)
                {
                    // {type, data}: fromWords() guarantees the data word is inside the element.
                    const void* type = reinterpret_cast<const void*>(loadWord(word));
                    if (gcTypeIsPointerShaped(type))
                        mark(loadWord(word + 8));
                }
                else
                {
                    mark(loadWord(word));
                }
            }
        }
    }
}

} // namespace weft
