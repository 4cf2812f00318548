#include "cli/Cli.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace weft;

namespace {

struct TempFile
{
    std::filesystem::path path;
    TempFile(const std::string& name, const std::string& text)
        : path(std::filesystem::temp_directory_path() / ("weft_cli_test_" + name))
    {
        std::ofstream(path) << text;
    }
    ~TempFile() { std::filesystem::remove(path); }
};

struct Run
{
    int code;
    std::string out, err;
};

Run run(std::vector<std::string> args)
{
    std::ostringstream out, err;
    int code = runCli(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace

TEST_CASE("version and help")
{
    Run v = run({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out.find("weft ") == 0);

    Run h = run({"--help"});
    CHECK(h.code == 0);
    CHECK(h.out.find("check") != std::string::npos);
    CHECK(h.out.find("parse") != std::string::npos);
}

TEST_CASE("usage errors exit 2")
{
    CHECK(run({}).code == 2);
    CHECK(run({"frobnicate"}).code == 2);
    CHECK(run({"check"}).code == 2);
}

TEST_CASE("check: clean file, file with errors, missing file")
{
    TempFile good("good.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n");
    Run ok = run({"check", good.path.string()});
    CHECK(ok.code == 0);
    CHECK(ok.err.empty());

    TempFile bad("bad.go", "package main\n\nfunc main() {\n\tx := 1\n\tvar s string = 2\n\t_ = s\n}\n");
    Run r = run({"check", bad.path.string()});
    CHECK(r.code == 1);
    CHECK(r.err.find(bad.path.string() + ":4:2: declared and not used: x") != std::string::npos);
    CHECK(r.err.find(bad.path.string() + ":5:17: cannot use 2 (untyped int constant) as string value in variable declaration") !=
          std::string::npos);

    Run missing = run({"check", "/nonexistent/x.go"});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("open /nonexistent/x.go: No such file or directory") != std::string::npos);
}

TEST_CASE("check: at most 10 errors, then too many errors")
{
    std::string src = "package main\n\nfunc main() {\n";
    for (int i = 0; i < 12; ++i)
        src += "\tundefinedName" + std::to_string(i) + "()\n";
    src += "}\n";
    TempFile many("many.go", src);
    Run r = run({"check", many.path.string()});
    CHECK(r.code == 1);
    size_t lines = 0;
    for (char c : r.err)
        lines += c == '\n';
    CHECK(lines == 11);
    CHECK(r.err.find(many.path.string() + ":14:2: too many errors") != std::string::npos);
}

TEST_CASE("check: a script")
{
    TempFile script("script.go", "x := 40\nfmt.Println(x + 2)\n");
    Run r = run({"check", script.path.string()});
    CHECK(r.err == "");
    CHECK(r.code == 0);
}

TEST_CASE("parse prints the tree")
{
    TempFile f("p.go", "package main\n\nfunc main() {}\n");
    Run r = run({"parse", f.path.string()});
    CHECK(r.code == 0);
    CHECK(r.out.find("FuncDecl") != std::string::npos);
}
