#include "cli/SourceReader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

namespace weft {

std::optional<std::string> readSourceFile(const std::string& path, std::string& error)
{
    if (path == "-")
    {
        std::ostringstream text;
        text << std::cin.rdbuf();
        return text.str();
    }
    struct stat info;
    if (stat(path.c_str(), &info) != 0)
    {
        error = "open " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    if (S_ISDIR(info.st_mode))
    {
        error = "read " + path + ": is a directory";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
    {
        error = "open " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace weft
