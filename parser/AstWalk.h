#pragma once
// Visiting the children of an AST node, for passes that look at every node (code generation's
// escape and capture analysis). `visit` returns false to skip a node's children.
#include "parser/Ast.h"

#include <functional>

namespace weft {

// Calls visit(n) for n and, when it returns true, for each of its descendants in source order.
// Iterative (an explicit stack), so deep nesting cannot overflow the C++ stack.
void walkAst(const Node* root, const std::function<bool(const Node*)>& visit);

} // namespace weft
