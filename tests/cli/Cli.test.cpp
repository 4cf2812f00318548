#include "cli/Cli.h"

#include <doctest/doctest.h>

#include <algorithm>
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
    // No arguments on a terminal: the usage (a program would be read were it not one).
    std::ostringstream out, err;
    CHECK(runCli({}, CliIO{[](char*, size_t) { return ptrdiff_t(0); }, out, err, [] { return true; }}) == 2);
    CHECK(err.str().find("A subcommand is required") != std::string::npos);
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

namespace {

// Runs the command line with `input` as standard input (a terminal, or not).
Run runWithInput(std::vector<std::string> args, std::string input, bool terminal = true)
{
    std::ostringstream out, err;
    size_t at = 0;
    CliIO io{[&](char* buf, size_t n) {
                 size_t k = std::min(n, input.size() - at);
                 input.copy(buf, k, at);
                 at += k;
                 return k;
             },
             out, err, [terminal] { return terminal; }};
    int code = runCli(args, io);
    return {code, out.str(), err.str()};
}

} // namespace

TEST_CASE("weft with no arguments runs standard input as a program when it is not a terminal")
{
    // As `python3 < prog.py` and `lua < prog.lua`; the output is Go's (tests/programs/basics).
    const std::string dir = std::string(WEFT_SOURCE_DIR) + "/tests/programs/basics/";
    auto slurp = [](const std::string& path) {
        std::ifstream f(path, std::ios::binary);
        std::ostringstream s;
        s << f.rdbuf();
        return s.str();
    };
    for (const char* name : {"assign_order", "bool_ops"})
    {
        CAPTURE(name);
        const std::string input = slurp(dir + name + ".go");
        REQUIRE(!input.empty());
        Run r = runWithInput({}, input, false);
        CHECK(r.code == 0);
        CHECK(r.out == slurp(dir + name + ".out"));
        CHECK(r.err.empty());
    }
    // --procs may come first; a compile error is reported as for a file.
    Run bad = runWithInput({"--procs", "1"}, "package main\n\nfunc main() { x }\n", false);
    CHECK(bad.code == 1);
    CHECK(bad.err.find("undefined: x") != std::string::npos);
}

TEST_CASE("run: weft FILE, weft run FILE, arguments after the file belong to the program")
{
    TempFile prog("args.go", "package main\n\nimport \"os\"\n\nfunc main() {\n\tprintln(len(os.Args))\n\tos.Exit(len(os.Args))\n}\n");
    Run a = run({prog.path.string(), "-x", "--help"});
    CHECK(a.code == 3);
    CHECK(a.err == "3\n");
    Run b = run({"run", prog.path.string(), "a"});
    CHECK(b.code == 2);
    CHECK(run({"run"}).code == 2);
}

TEST_CASE("run: -e runs inline code; run - reads the program from standard input")
{
    Run e = run({"-e", "x := 40\nprintln(x + 2)"});
    CHECK(e.code == 0);
    CHECK(e.err == "42\n");
    CHECK(run({"-e"}).code == 2);

    Run s = runWithInput({"run", "-"}, "println(\"from stdin\")\n");
    CHECK(s.code == 0);
    CHECK(s.err == "from stdin\n");
}

TEST_CASE("run: --procs N sets the worker threads that GOMAXPROCS reports, before the program or after run")
{
    const std::string code = "import \"runtime\"\nprintln(runtime.GOMAXPROCS(0))";
    Run a = run({"--procs", "3", "-e", code});
    CHECK(a.code == 0);
    CHECK(a.err == "3\n");
    Run b = run({"--procs=1", "-e", code});
    CHECK(b.err == "1\n");
    TempFile prog("procs.go", "package main\n\nimport \"runtime\"\n\nfunc main() { println(runtime.GOMAXPROCS(0)) }\n");
    Run c = run({"run", "--procs", "2", prog.path.string()});
    CHECK(c.code == 0);
    CHECK(c.err == "2\n");
    // After the program's path, --procs belongs to the program.
    Run d = run({"--procs", "1", prog.path.string(), "--procs", "5"});
    CHECK(d.err == "1\n");
    Run bad = run({"--procs", "0", prog.path.string()});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--procs needs a number of worker threads") != std::string::npos);
}

TEST_CASE("run: compile errors exit 1 with file:line:col; a panic exits 2 with Go's first line and a stack")
{
    TempFile bad("bad_run.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    Run r = run({bad.path.string()});
    CHECK(r.code == 1);
    CHECK(r.err.find(bad.path.string() + ":4:2: declared and not used: x") != std::string::npos);

    TempFile p("panic.go", "package main\n\nfunc f(a []int) int { return a[5] }\n\nfunc main() {\n\tf(nil)\n}\n");
    Run q = run({p.path.string()});
    CHECK(q.code == 2);
    CHECK(q.err.rfind("panic: runtime error: index out of range [5] with length 0\n\ngoroutine 1 [running]:\n", 0) == 0);
    // Each frame: function, then tab, file:line and the pc's offset (" +0x..", as Go prints).
    const size_t f = q.err.find("main.f(...)\n\t" + p.path.string() + ":3 +0x");
    CHECK(f != std::string::npos);
    CHECK(q.err.find("\nmain.main(...)\n\t" + p.path.string() + ":6 +0x", f) != std::string::npos);
    CHECK(q.err.find("created by") == std::string::npos); // main was made by the runtime

    // A goroutine's trace ends with where its go statement was (Go 1.19 prints, for this
    // program, main.boom at :7, :9, :9, main.main.func1 at :14, then "created by main.main"
    // and :13).
    TempFile g("gopanic.go", "package main\n\nimport \"time\"\n\nfunc boom(n int) {\n\tif n == 0 {\n\t\tpanic(\"boom\")\n"
                             "\t}\n\tboom(n - 1)\n}\n\nfunc main() {\n\tgo func() {\n\t\tboom(2)\n\t}()\n"
                             "\ttime.Sleep(time.Second)\n}\n");
    Run h = run({g.path.string()});
    CHECK(h.code == 2);
    CHECK(h.err.rfind("panic: boom\n\ngoroutine ", 0) == 0);
    const size_t func1 = h.err.find("main.main.func1(...)\n\t" + g.path.string() + ":14 +0x");
    CHECK(func1 != std::string::npos);
    CHECK(h.err.find("\ncreated by main.main\n\t" + g.path.string() + ":13 +0x", func1) != std::string::npos);
}

TEST_CASE("disasm prints the bytecode of the file's functions with source lines")
{
    TempFile f("dis.go", "package main\n\nfunc add(a, b int) int { return a + b }\n\nfunc main() { println(add(1, 2)) }\n");
    Run d = run({"disasm", f.path.string()});
    CHECK(d.code == 0);
    CHECK(d.out.find("function main.add (" + f.path.string() + ":3) params=2 results=1") != std::string::npos);
    CHECK(d.out.find("[3]  Add         r2, r0, r1") != std::string::npos);
    CHECK(d.out.find("function main.main") != std::string::npos);
    CHECK(d.out.find("strings.") == std::string::npos);
}
