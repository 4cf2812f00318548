#pragma once
#include "compiler/Object.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace weft {

// A lexical scope: universe > package > file > function > blocks.
class Scope
{
public:
    enum class Kind : uint8_t { Universe, Package, File, Func, Block };

    Scope(Scope* parent, Kind kind) : parent_(parent), kind_(kind) {}
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

    Scope* parent() const { return parent_; }
    Kind kind() const { return kind_; }

    // The object named `name` in this scope only, or null.
    Object* lookup(std::string_view name) const
    {
        auto it = map_.find(name);
        return it == map_.end() ? nullptr : it->second;
    }
    // Follows the parent chain; sets *where to the scope that holds it.
    Object* lookupParent(std::string_view name, const Scope** where = nullptr) const
    {
        // Empty scopes (most blocks) are passed without hashing the name.
        for (const Scope* s = this; s; s = s->parent_)
            if (Object* o = s->map_.empty() ? nullptr : s->lookup(name))
            {
                if (where)
                    *where = s;
                return o;
            }
        return nullptr;
    }
    // Inserts obj unless the name exists; returns the existing object then (and inserts nothing).
    Object* insert(Object* obj)
    {
        auto [it, inserted] = map_.emplace(obj->name, obj);
        if (!inserted)
            return it->second;
        order_.push_back(obj);
        if (!obj->parent)
            obj->parent = this;
        return nullptr;
    }
    // The objects in insertion order.
    const std::vector<Object*>& objects() const { return order_; }

private:
    Scope* parent_;
    Kind kind_;
    std::unordered_map<std::string_view, Object*> map_;
    std::vector<Object*> order_;
};

} // namespace weft
