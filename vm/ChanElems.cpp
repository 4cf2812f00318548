// Channels of a Go type: the runtime's channels (runtime/Channel.h) know their element only as
// a ChanElem (its registers and, for a struct or array, its block), made here once per type.
#include "vm/InterpreterImpl.h"

#include <algorithm>

namespace weft {

const ChanElem* Interpreter::Impl::chanElem(const TypeDesc* elem)
{
    std::lock_guard lock(layoutMu);
    auto it = chanElems.find(elem);
    if (it != chanElems.end())
        return it->second.get();
    auto e = std::make_unique<ChanElem>();
    e->type = elem;
    e->slots = elem->slots;
    e->block = elem->kind == TypeKind8::Struct || elem->kind == TypeKind8::Array;
    e->blockSize = elem->size;
    e->blockLayout = elem->layout;
    if (std::any_of(elem->slotKinds.begin(), elem->slotKinds.end(), [](GcWordKind k) { return k != GcWordKind::Scalar; }))
        e->bufferLayout = chanBufferLayouts.emplace_back(std::make_unique<GcLayout>(*GcLayout::fromWords(elem->slotKinds))).get();
    const ChanElem* r = e.get();
    chanElems[elem] = std::move(e);
    return r;
}

ChanObject* Interpreter::Impl::makeChan(const TypeDesc* chanType, int64_t size)
{
    return newChan(chanElem(chanType->elem), size);
}

} // namespace weft
