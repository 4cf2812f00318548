// The embedding API (include/weft/weft.hpp) as a host uses it: programs of the golden corpus run
// through it with Go's output (the .out/.err/.code files come from Go, tests/programs/README.md),
// and what must never happen to the host: a compile error, a panic, a fatal error, os.Exit, the
// heap limit, misuse of the API.
#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string golden(const std::string& rel) { return std::string(WEFT_SOURCE_DIR) + "/tests/" + rel; }

struct Captured
{
    std::string out, err;
    weft::Options options()
    {
        weft::Options o;
        o.procs = 2;
        o.onStdout = [this](std::string_view s) { out.append(s); };
        o.onStderr = [this](std::string_view s) { err.append(s); };
        return o;
    }
};

// Runs tests/<rel>.go through the API and checks what Go printed and returned: stdout (.out),
// the exit code (.code, else 0) and the first line of stderr (.err), which for a panic or a
// fatal error is the first line of the ScriptError's report.
void runGolden(const std::string& rel)
{
    CAPTURE(rel);
    const std::string base = golden(rel);
    Captured c;
    weft::Interpreter vm(c.options());
    weft::Program program = vm.load(base + ".go");
    int code = 0;
    std::string firstErr;
    bool failed = false;
    try
    {
        code = vm.run(program);
        firstErr = c.err.substr(0, c.err.find('\n'));
    }
    catch (const weft::ScriptError& e)
    {
        code = 2;
        failed = true;
        firstErr = e.message();
        if (firstErr.starts_with("panic: ") || firstErr.find("deadlock") != std::string::npos)
            CHECK(std::string(e.what()).find("goroutine ") != std::string::npos); // the stacks come with it
        CHECK(c.err.find(e.message()) == std::string::npos);                  // not the script's stderr
    }
    CHECK(c.out == slurp(base + ".out"));
    const std::string wantCode = slurp(base + ".code");
    CHECK(code == (wantCode.empty() ? 0 : std::stoi(wantCode)));
    const std::string wantErr = slurp(base + ".err");
    CHECK(firstErr == wantErr.substr(0, wantErr.find('\n')));
    // Finished after a failure or os.Exit; alive for calls after main returned.
    CHECK(vm.finished() == (failed || code != 0));
}

} // namespace

TEST_CASE("golden programs run through the API as under Go")
{
    for (const char* rel : {"programs/basics/constants", "programs/os/args", "programs/os/exit_defer",
                            "programs/os/exit_stderr", "programs/os/panic_exit_code", "programs/fmt/stderr_output",
                            "programs/panics/assert_nil", "programs/basics/shift_negative",
                            "concurrency/panics/goroutine_panic", "concurrency/deadlock/recv_main",
                            "concurrency/maps/concurrent_writes", "concurrency/finalizers/fatal_twice",
                            "concurrency/programs/worker_pool", "concurrency/select/multi_case"})
        runGolden(rel);
}

TEST_CASE("a fatal error's report carries the failing goroutine's trace, as Go's does")
{
    // Go 1.19 prints "fatal error: concurrent map writes", a blank line, then
    // "goroutine N [running]:" and main.main.func1 at concurrent_writes.go:16.
    Captured c;
    weft::Interpreter vm(c.options());
    weft::Program program = vm.load(golden("concurrency/maps/concurrent_writes") + ".go");
    try
    {
        vm.run(program);
        FAIL("the program should fail");
    }
    catch (const weft::ScriptError& e)
    {
        const std::string report = e.what();
        CHECK(report.starts_with("fatal error: concurrent map writes\n\ngoroutine "));
        CHECK(report.find(" [running]:\nmain.main.func1(") != std::string::npos);
        CHECK(report.find("concurrent_writes.go:16 ") != std::string::npos);
    }
}

TEST_CASE("a fatal error's report lists every other goroutine after the failing one, as Go's throw does")
{
    // Go 1.19 (GOTRACEBACK unset) prints "fatal error: sync: unlock of unlocked mutex", main's
    // trace ([running], m.go:18), then "goroutine 18 [chan receive]:" with main.sleeper at
    // m.go:9 and "goroutine 19 [sleep]:" with main.main.func1 at m.go:14, each followed by
    // "created by main.main" and the go statement's line (13, 14).
    Captured c;
    weft::Interpreter vm(c.options());
    weft::Program program = vm.loadString("m.go", R"(package main

import (
	"fmt"
	"sync"
	"time"
)

func sleeper(ch chan int) { <-ch }

func main() {
	ch := make(chan int)
	go sleeper(ch)
	go func() { time.Sleep(time.Hour) }()
	time.Sleep(10 * time.Millisecond)
	var mu sync.Mutex
	fmt.Println("x")
	mu.Unlock()
}
)");
    try
    {
        vm.run(program);
        FAIL("the program should fail");
    }
    catch (const weft::ScriptError& e)
    {
        const std::string report = e.what();
        CHECK(report.starts_with("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n"));
        const size_t running = report.find("m.go:18 ");
        const size_t receive = report.find(" [chan receive]:\nmain.sleeper(");
        const size_t sleep = report.find(" [sleep]:\n");
        CHECK(running != std::string::npos);
        CHECK(receive != std::string::npos);
        CHECK(sleep != std::string::npos);
        CHECK(running < receive);
        CHECK(receive < sleep);
        CHECK(report.find("m.go:9 ", receive) != std::string::npos);
        CHECK(report.find("m.go:14 ", sleep) != std::string::npos);
        // Each made by a go statement: Go's "created by main.main" and the statement's line.
        CHECK(report.find("created by main.main\n\tm.go:13 ", receive) < sleep);
        CHECK(report.find("created by main.main\n\tm.go:14 ", sleep) != std::string::npos);
    }
    CHECK(c.out == "x\n");
}

TEST_CASE("a compile error is a CompileError with Go's diagnostics")
{
    weft::Interpreter vm;
    try
    {
        vm.loadString("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
        FAIL("compiled");
    }
    catch (const weft::CompileError& e)
    {
        REQUIRE(e.diagnostics().size() == 1);
        const weft::Diagnostic& d = e.diagnostics()[0];
        CHECK(d.file == "bad.go");
        CHECK(d.line == 4);
        CHECK(d.column == 2);
        // Go 1.22's wording, which weft follows (docs/design.md; Go 1.19: "x declared but not used").
        CHECK(d.message == "declared and not used: x");
        CHECK(std::string(e.what()) == "bad.go:4:2: declared and not used: x\n");
    }
    CHECK_FALSE(vm.finished()); // nothing ran: the Interpreter is as new
}

TEST_CASE("os.Exit ends the script, not the host; main runs once")
{
    Captured c;
    weft::Interpreter vm(c.options());
    weft::Program p = vm.loadString("exit.go", "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(7) }\n");
    CHECK(vm.run(p) == 7);
    CHECK(vm.finished());
    CHECK_THROWS_AS(vm.run(p), std::logic_error);
}

TEST_CASE("a program runs only on the Interpreter that loaded it")
{
    weft::Interpreter a, b;
    weft::Program p = a.loadString("main.go", "package main\n\nfunc main() {}\n");
    CHECK_THROWS_AS(b.run(p), std::invalid_argument);
    CHECK_THROWS_AS(a.run(weft::Program{}), std::invalid_argument);
    CHECK(a.run(p) == 0);
}

TEST_CASE("a missing file is an error, not a crash")
{
    weft::Interpreter vm;
    CHECK_THROWS_AS(vm.load(golden("api/no_such_file.go")), std::runtime_error);
}

TEST_CASE("the heap limit fails the script and the host goes on")
{
    Captured c;
    weft::Options o = c.options();
    o.heapLimit = size_t{64} << 20;
    weft::Interpreter vm(o);
    weft::Program p = vm.loadString("grow.go", R"(package main

var keep [][]byte

func main() {
	for {
		keep = append(keep, make([]byte, 1<<20))
	}
}
)");
    try
    {
        vm.run(p);
        FAIL("ran past the heap limit");
    }
    catch (const weft::ScriptError& e)
    {
        CHECK(e.message() == "fatal error: runtime: out of memory");
        // As Go's runtime.throw: the goroutine that allocated, with its stack.
        CHECK(std::string(e.what()).find("\n\ngoroutine 1 [running]:\nmain.main(") != std::string::npos);
    }
    // A new Interpreter in the same process works.
    Captured c2;
    weft::Interpreter again(c2.options());
    CHECK(again.run(again.load(golden("programs/basics/constants.go"))) == 0);
    CHECK(c2.out == slurp(golden("programs/basics/constants.out")));
}

TEST_CASE("a stack overflow fails the call with Go's message and the goroutine's stack")
{
    Captured c;
    weft::Interpreter vm(c.options());
    weft::Program p = vm.loadString("deep.go", R"(package main

func Deep(n int) int { return Deep(n+1) + 1 }

func main() {}
)");
    REQUIRE(vm.run(p) == 0);
    try
    {
        vm.function<int(int)>(p, "Deep")(0);
        FAIL("recursed forever");
    }
    catch (const weft::ScriptError& e)
    {
        // Go 1.19: "runtime: goroutine stack exceeds 1000000000-byte limit", runtime lines, then
        // "fatal error: stack overflow", and the goroutine's frames, the 100 innermost.
        const std::string report = e.what();
        CHECK(report.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine "));
        CHECK(report.find(" [running]:\nmain.Deep(") != std::string::npos);
        CHECK(report.find("deep.go:3 ") != std::string::npos);
        CHECK(report.find("...additional frames elided...") != std::string::npos);
    }
    CHECK(vm.finished());
}

TEST_CASE("interpreters on two host threads run in parallel and share nothing")
{
    const char* progs[] = {"concurrency/programs/prime_sieve", "concurrency/programs/fan_in_out"};
    std::string outs[2];
    int codes[2] = {-1, -1};
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; i++)
        threads.emplace_back([&, i] {
            weft::Options o;
            o.procs = 2;
            o.onStdout = [&outs, i](std::string_view s) { outs[i].append(s); };
            weft::Interpreter vm(o);
            codes[i] = vm.run(vm.load(golden(std::string(progs[i]) + ".go")));
        });
    for (std::thread& t : threads)
        t.join();
    for (int i = 0; i < 2; i++)
    {
        CAPTURE(progs[i]);
        CHECK(codes[i] == 0);
        CHECK(outs[i] == slurp(golden(std::string(progs[i]) + ".out")));
    }
}

TEST_CASE("positioned writes and seeks on standard output fail as on a pipe, never bypassing the host's callback")
{
    // Go 1.19 with stdout and stderr piped prints these three errors (go run wa.go 2>&1 | cat).
    Captured c;
    weft::Interpreter vm(c.options());
    weft::Program p = vm.loadString("wa.go", R"(package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	_, err := os.Stdout.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	_, err = os.Stdout.Seek(0, io.SeekCurrent)
	fmt.Println(err)
	_, err = os.Stderr.WriteAt([]byte("y"), 0)
	fmt.Println(err)
}
)");
    CHECK(vm.run(p) == 0);
    CHECK(c.out == "write /dev/stdout: illegal seek\nseek /dev/stdout: illegal seek\nwrite /dev/stderr: illegal seek\n");
    CHECK(c.err.empty());
}
