#include "runtime/GcLayout.h"

#include <limits>

namespace weft {

std::optional<GcLayout> GcLayout::fromWords(std::span<const GcWordKind> words)
{
    GcLayout layout;
    layout.elementWords_ = words.size();
    layout.pointerBits_.assign((words.size() + 63) / 64, 0);
    layout.interfaceBits_.assign((words.size() + 63) / 64, 0);
    bool allPointers = !words.empty();
    for (size_t i = 0; i < words.size(); ++i)
    {
        const uint64_t bit = uint64_t{1} << (i % 64);
        switch (words[i])
        {
        case GcWordKind::Scalar:
            allPointers = false;
            break;
        case GcWordKind::Pointer:
            layout.pointerBits_[i / 64] |= bit;
            layout.hasPointers_ = true;
            break;
        case GcWordKind::InterfaceType:
            if (i + 1 >= words.size() || words[i + 1] != GcWordKind::InterfaceData)
                return std::nullopt;
            layout.interfaceBits_[i / 64] |= bit;
            layout.hasPointers_ = true;
            allPointers = false;
            break;
        case GcWordKind::InterfaceData:
            if (i == 0 || words[i - 1] != GcWordKind::InterfaceType)
                return std::nullopt;
            allPointers = false;
            break;
        default:
            return std::nullopt;
        }
    }
    layout.allPointers_ = allPointers;
    return layout;
}

std::optional<GcLayout> GcLayout::array(const GcLayout& element, size_t count)
{
    // Sizes are kept in bytes as size_t: words * 8 must not overflow.
    const size_t maxWords = std::numeric_limits<size_t>::max() / 8;
    if (element.count_ != 0 && count > maxWords / element.count_)
        return std::nullopt;
    const size_t totalCount = element.count_ * count;
    if (element.elementWords_ != 0 && totalCount > maxWords / element.elementWords_)
        return std::nullopt;
    GcLayout layout = element;
    layout.count_ = totalCount;
    if (totalCount == 0)
    {
        // [0]T: no words at all, so nothing to scan.
        layout.hasPointers_ = false;
        layout.allPointers_ = false;
    }
    return layout;
}

GcWordKind GcLayout::wordKind(size_t i) const
{
    if (elementWords_ == 0 || i >= words())
        return GcWordKind::Scalar;
    const size_t w = i % elementWords_;
    const uint64_t bit = uint64_t{1} << (w % 64);
    if (pointerBits_[w / 64] & bit)
        return GcWordKind::Pointer;
    if (interfaceBits_[w / 64] & bit)
        return GcWordKind::InterfaceType;
    if (w > 0 && (interfaceBits_[(w - 1) / 64] & (uint64_t{1} << ((w - 1) % 64))))
        return GcWordKind::InterfaceData;
    return GcWordKind::Scalar;
}

void GcLayout::appendWords(std::vector<GcWordKind>& out) const
{
    const size_t n = words();
    out.reserve(out.size() + n);
    for (size_t i = 0; i < n; ++i)
        out.push_back(wordKind(i));
}

} // namespace weft
