#include "api/FlatGo.h"

namespace weft {

std::vector<std::string> FlatGo::types(const HostValue& type) const
{
    std::vector<HostValue> parts;
    flatComponents(type, parts);
    std::vector<std::string> out;
    for (const HostValue& p : parts)
        out.push_back(text_(p.goType));
    return out;
}

std::vector<std::string> FlatGo::decompose(const std::string& expr, const HostValue& type, std::string& body,
                                           const std::string& indent)
{
    if (type.kind == HostValue::Kind::Struct)
    {
        std::vector<std::string> out;
        for (const HostValue& f : type.elems)
            for (std::string& p : decompose(expr + "." + f.field, f, body, indent))
                out.push_back(std::move(p));
        return out;
    }
    if (!crossesFlattened(type))
        return {expr};
    // One slice per component, appended to element by element (a map's keys first).
    const std::vector<std::string> partTypes = types(type);
    std::vector<std::string> names;
    for (const std::string& t : partTypes)
    {
        names.push_back(fresh());
        body += indent + names.back() + " := make(" + t + ", 0, len(" + expr + "))\n";
    }
    const bool isMap = type.kind == HostValue::Kind::Map;
    const std::string key = fresh(), elem = fresh();
    body += indent + "for " + (isMap ? key : "_") + ", " + elem + " := range " + expr + " {\n";
    if (isMap)
        body += indent + "\t" + names[0] + " = append(" + names[0] + ", " + key + ")\n";
    const std::vector<std::string> inner =
        decompose(elem, isMap ? valTypeOf(type) : elemTypeOf(type), body, indent + "\t");
    for (size_t j = 0; j < inner.size(); j++)
    {
        const std::string& n = names[j + (isMap ? 1 : 0)];
        body += indent + "\t" + n + " = append(" + n + ", " + inner[j] + ")\n";
    }
    body += indent + "}\n";
    return names;
}

std::string FlatGo::compose(const HostValue& type, const std::vector<std::string>& parts, size_t& at, std::string& body,
                            const std::string& indent)
{
    auto part = [&]() { return at < parts.size() ? parts[at++] : std::string("nil"); };
    if (type.kind == HostValue::Kind::Struct)
    {
        std::string literal = text_(type.goType) + "{";
        for (size_t k = 0; k < type.elems.size(); k++)
            literal += (k ? ", " : "") + type.elems[k].field + ": " + compose(type.elems[k], parts, at, body, indent);
        return literal + "}";
    }
    if (!crossesFlattened(type))
        return part();
    const bool isMap = type.kind == HostValue::Kind::Map;
    const HostValue elem = isMap ? valTypeOf(type) : elemTypeOf(type);
    const std::string keys = isMap ? part() : std::string();
    const size_t m = types(elem).size();
    std::vector<std::string> rest;
    for (size_t j = 0; j < m; j++)
        rest.push_back(part());
    const std::string v = fresh(), i = fresh(), k = fresh();
    const std::string n = isMap ? "len(" + keys + ")" : (m ? "len(" + rest[0] + ")" : "0");
    body += indent + v + " := make(" + text_(type.goType) + ", " + n + ")\n";
    body += indent + "for " + i + (isMap ? ", " + k + " := range " + keys : " := range " + v) + " {\n";
    std::vector<std::string> row;
    for (const std::string& r : rest)
        row.push_back(r + "[" + i + "]");
    size_t a = 0;
    const std::string e = compose(elem, row, a, body, indent + "\t");
    body += indent + "\t" + v + "[" + (isMap ? k : i) + "] = " + e + "\n" + indent + "}\n";
    return v;
}

} // namespace weft
