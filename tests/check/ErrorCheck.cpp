// The errorcheck runner, after Go's test/run.go: every line of a .go file that carries
// `// ERROR "re" ["re2" ...]` (or GC_ERROR) must get one diagnostic matching each regexp (searched in the
// message text), and no line without such a comment may get a diagnostic. A file with no ERROR
// comments therefore must check clean.
//
//   weft_errorcheck PATH...                PATH: a .go file or a folder (searched recursively)
//   weft_errorcheck --list LISTFILE        LISTFILE: one path a line, relative to `go env GOROOT`
//                                          (or WEFT_GOROOT); `#` comments; skipped when Go is absent
//   weft_errorcheck --report FILE...       prints every diagnostic of each file as `weft check` does,
//                                          but without its limit of 10 (as gc -e; tests/gotest/errorcheck.py)
#include "compiler/TypeChecker.h"
#include "parser/Parser.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace weft;

namespace {

struct Expectation
{
    std::string pattern;
    std::regex re;
};

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// line -> expected regexps, from `// ERROR "a" "b"` (or backquoted) comments.
std::map<uint32_t, std::vector<Expectation>> parseExpectations(const std::string& source)
{
    std::map<uint32_t, std::vector<Expectation>> out;
    std::istringstream lines(source);
    std::string line;
    for (uint32_t lineNo = 1; std::getline(lines, line); ++lineNo)
    {
        // GC_ERROR: reported by Go's compiler but not by go/types; weft follows the compiler.
        size_t at = line.find("// ERROR ");
        size_t i = at + 9;
        if (at == std::string::npos)
        {
            at = line.find("// GC_ERROR ");
            i = at + 12;
        }
        if (at == std::string::npos)
            continue;
        while (i < line.size())
        {
            while (i < line.size() && line[i] == ' ')
                ++i;
            if (i >= line.size() || (line[i] != '"' && line[i] != '`'))
                break;
            char quote = line[i++];
            std::string pattern;
            while (i < line.size() && line[i] != quote)
            {
                // In a "..." pattern, \" is a quote and \\ a backslash, as in a Go string.
                if (quote == '"' && line[i] == '\\' && i + 1 < line.size() && (line[i + 1] == '"' || line[i + 1] == '\\'))
                    ++i;
                pattern += line[i++];
            }
            ++i;
            try
            {
                out[lineNo].push_back(Expectation{pattern, std::regex(pattern, std::regex::ECMAScript)});
            }
            catch (const std::regex_error&)
            {
                std::cerr << "line " << lineNo << ": bad regexp " << pattern << "\n";
            }
        }
    }
    return out;
}

struct FileResult
{
    size_t matched = 0;
    std::vector<std::string> problems;
};

FileResult checkOne(const fs::path& path)
{
    FileResult result;
    std::string source = readAll(path);
    auto expected = parseExpectations(source);
    DiagnosticList diags;
    std::unique_ptr<File> file = parseFile(path.string(), source, diags);
    auto program = checkProgram(std::move(file), diags);

    std::map<uint32_t, std::vector<Diagnostic>> got;
    for (const Diagnostic& d : diags.sorted())
    {
        if (d.file != path.string())
            result.problems.push_back("diagnostic in another file: " + d.format());
        else
            got[d.pos.line].push_back(d);
    }
    for (auto& [line, wants] : expected)
    {
        std::vector<Diagnostic>& have = got[line];
        for (const Expectation& want : wants)
        {
            auto hit = std::find_if(have.begin(), have.end(),
                [&](const Diagnostic& d) { return std::regex_search(d.message, want.re); });
            if (hit == have.end())
            {
                std::string haveText;
                for (const Diagnostic& d : have)
                    haveText += "\n        have: " + d.message;
                result.problems.push_back(path.string() + ":" + std::to_string(line) + ": missing error matching \"" +
                                          want.pattern + "\"" + haveText);
            }
            else
            {
                have.erase(hit);
                ++result.matched;
            }
        }
    }
    for (auto& [line, have] : got)
        for (const Diagnostic& d : have)
            result.problems.push_back(d.format() + "   <- unexpected");
    return result;
}

std::string goRoot()
{
    if (const char* env = std::getenv("WEFT_GOROOT"))
        return env;
    FILE* pipe = popen("go env GOROOT 2>/dev/null", "r");
    if (!pipe)
        return "";
    char buf[4096];
    std::string out;
    while (fgets(buf, sizeof buf, pipe))
        out += buf;
    pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

} // namespace

// All diagnostics of each file, sorted, one `file:line:col: message` a line.
int report(int argc, char** argv)
{
    for (int i = 2; i < argc; ++i)
    {
        std::string source = readAll(argv[i]);
        DiagnosticList diags;
        std::unique_ptr<File> file = parseFile(argv[i], source, diags);
        auto program = checkProgram(std::move(file), diags);
        for (const Diagnostic& d : diags.sorted())
            std::cout << d.format() << "\n";
    }
    return 0;
}

int main(int argc, char** argv)
{
    if (argc > 1 && std::string(argv[1]) == "--report")
        return report(argc, argv);
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i)
    {
        std::string arg = argv[i];
        if (arg == "--list" && i + 1 < argc)
        {
            std::string root = goRoot();
            if (root.empty() || !fs::exists(root))
            {
                std::cout << "skipped: Go is not installed (go env GOROOT)\n";
                return 77; // ctest SKIP_RETURN_CODE
            }
            std::ifstream list(argv[++i]);
            std::string line;
            while (std::getline(list, line))
            {
                line = line.substr(0, line.find('#'));
                line.erase(std::remove_if(line.begin(), line.end(), ::isspace), line.end());
                if (!line.empty())
                    files.push_back(fs::path(root) / line);
            }
        }
        else if (fs::is_directory(arg))
        {
            for (const auto& entry : fs::recursive_directory_iterator(arg))
                if (entry.path().extension() == ".go")
                    files.push_back(entry.path());
        }
        else
            files.push_back(arg);
    }
    std::sort(files.begin(), files.end());

    size_t passed = 0, failed = 0, matched = 0;
    for (const fs::path& path : files)
    {
        if (!fs::exists(path))
        {
            std::cout << path.string() << ": no such file\n";
            ++failed;
            continue;
        }
        FileResult r = checkOne(path);
        matched += r.matched;
        if (r.problems.empty())
            ++passed;
        else
        {
            ++failed;
            for (const std::string& p : r.problems)
                std::cout << p << "\n";
        }
    }
    std::cout << "errorcheck: " << files.size() << " files, " << matched << " expected diagnostics matched\n";
    std::cout << passed << " passed, " << failed << " failed\n";
    return failed == 0 && !files.empty() ? 0 : 1;
}
