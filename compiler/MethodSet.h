#pragma once
// The method set of a type as the run time sees it: what interface satisfaction, type assertions,
// type switches and fmt's String/Error lookup find on a dynamic type.
#include "compiler/Object.h"
#include "vm/MethodId.h"

#include <map>
#include <string>
#include <vector>

namespace weft {

// A type searched at one depth of a selector or method-set lookup, reached through the embedded
// fields `index`; `multiples` when reached along more than one path at this depth (every name
// found in it is then ambiguous).
struct EmbeddedType
{
    const Type* type;
    std::vector<int> index;
    bool indirect; // a pointer is followed along the path
    bool multiples;
};

// Types reached more than once at a depth are searched once, as multiples (types2's
// consolidateMultiples).
std::vector<EmbeddedType> consolidateMultiples(std::vector<EmbeddedType> list);

struct MethodSetEntry
{
    const Func* fn;
    std::vector<int> path; // indices of the embedded fields followed to reach fn's receiver
    bool indirect;         // a pointer is followed along the path
};

// The Id of a method or field object.
MethodId methodId(const Object* o);

// The methods of t's method set (for *T all methods of T, for T its value methods), promoted ones
// included, by Id (sorted by name). A name denotes what Go's selector lookup finds at the shallowest
// depth where it occurs, whatever the receivers (types2 lookupFieldOrMethod): two fields or
// methods of that name at that depth make it ambiguous, and a field hides it; only then is a
// pointer-receiver method not reached through a pointer, or a //go:nointerface one, left out.
std::map<MethodId, MethodSetEntry> methodSet(const Type* t);

} // namespace weft
