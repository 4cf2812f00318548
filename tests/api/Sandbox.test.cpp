// The sandbox (weft::Options::capabilities): what a script may reach of the host. A denied
// operation fails as Go fails when the system refuses it (EACCES). The file system's expected
// texts are what Go 1.19 prints for the same script run by an unprivileged user in a directory
// it may not search; where no system gives EACCES (a descriptor, the environment), they follow
// from Go's source: a *PathError's Error() is Op + " " + Path + ": " + Err.Error(), a
// *SyscallError's Syscall + ": " + Err.Error(), and syscall.EACCES's text is "permission denied".
#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Run
{
    std::string out, err;
    weft::Options options(const weft::Capabilities& capabilities)
    {
        weft::Options o;
        o.procs = 2;
        o.onStdout = [this](std::string_view s) { out.append(s); };
        o.onStderr = [this](std::string_view s) { err.append(s); };
        o.capabilities = capabilities;
        return o;
    }
    int run(const weft::Capabilities& capabilities, const char* source, const std::vector<std::string>& args = {})
    {
        weft::Interpreter vm(options(capabilities));
        return vm.run(vm.loadString("sandbox.go", source), args);
    }
};

weft::Capabilities denyFiles()
{
    weft::Capabilities c;
    c.files = false;
    return c;
}

// A directory of its own under the system's temporary one, removed with the test.
struct TempDir
{
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid())))
    {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    bool empty() const { return std::filesystem::is_empty(path); }
};

// The file operations of package os on the directory os.Args[1].
const char* kFiles = R"(package main

import (
	"errors"
	"fmt"
	"os"
)

func show(what string, err error) {
	fmt.Printf("%s: %v %v %v\n", what, err, os.IsPermission(err), errors.Is(err, os.ErrPermission))
}

func main() {
	dir := os.Args[1]
	f, err := os.Create(dir + "/f.txt")
	show("create", err)
	if err == nil {
		f.WriteString("hello")
		f.Close()
	}
	var pe *os.PathError
	_, err = os.Open(dir + "/f.txt")
	show("open", err)
	if errors.As(err, &pe) {
		fmt.Printf("PathError %q %q\n", pe.Op, pe.Path)
	}
	data, err := os.ReadFile(dir + "/f.txt")
	show("readfile", err)
	fmt.Printf("%q\n", data)
	show("writefile", os.WriteFile(dir+"/g.txt", []byte("x"), 0644))
	_, err = os.OpenFile(dir+"/g.txt", os.O_RDWR|os.O_APPEND, 0)
	show("openfile", err)
	_, err = os.Stat(dir + "/f.txt")
	show("stat", err)
	_, err = os.Lstat(dir)
	show("lstat", err)
	show("mkdir", os.Mkdir(dir+"/d", 0755))
	show("mkdirall", os.MkdirAll(dir+"/d/e/f", 0755))
	show("rename", os.Rename(dir+"/f.txt", dir+"/h.txt"))
	show("remove", os.Remove(dir+"/h.txt"))
	show("remove", os.Remove(dir+"/g.txt"))
	fmt.Println("removeall:", os.IsPermission(os.RemoveAll(dir+"/d")))
}
)";

// Go's output with every path refused (Go's RemoveAll fails on "open .", weft's on "lstat
// sandbox/d": both permission errors).
const char* kFilesDenied = R"(create: open sandbox/f.txt: permission denied true true
open: open sandbox/f.txt: permission denied true true
PathError "open" "sandbox/f.txt"
readfile: open sandbox/f.txt: permission denied true true
""
writefile: open sandbox/g.txt: permission denied true true
openfile: open sandbox/g.txt: permission denied true true
stat: stat sandbox/f.txt: permission denied true true
lstat: lstat sandbox: permission denied true true
mkdir: mkdir sandbox/d: permission denied true true
mkdirall: mkdir sandbox: permission denied true true
rename: rename sandbox/f.txt sandbox/h.txt: permission denied true true
remove: remove sandbox/h.txt: permission denied true true
remove: remove sandbox/g.txt: permission denied true true
removeall: true
)";

const char* kFilesAllowed = R"(create: <nil> false false
open: <nil> false false
readfile: <nil> false false
"hello"
writefile: <nil> false false
openfile: <nil> false false
stat: <nil> false false
lstat: <nil> false false
mkdir: <nil> false false
mkdirall: <nil> false false
rename: <nil> false false
remove: <nil> false false
remove: <nil> false false
removeall: false
)";

} // namespace

TEST_CASE("files denied: every path operation of package os fails with Go's permission error")
{
    Run r;
    CHECK(r.run(denyFiles(), kFiles, {"sandbox"}) == 0);
    CHECK(r.out == kFilesDenied);
    CHECK(!std::filesystem::exists("sandbox"));
}

TEST_CASE("files allowed: the same script works on a real directory")
{
    TempDir dir("weft-sandbox-allowed");
    Run r;
    CHECK(r.run(weft::Capabilities{}, kFiles, {dir.path.string()}) == 0);
    CHECK(r.out == kFilesAllowed);
    CHECK(dir.empty()); // the script removed what it made
}

TEST_CASE("files denied: the host's descriptors, the working directory and time's zone files are refused; the streams stay")
{
    const char* source = R"(package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

func show(what string, err error) {
	fmt.Printf("%s: %v %v %v\n", what, err, os.IsPermission(err), errors.Is(err, os.ErrPermission))
}

func main() {
	_, err := os.Getwd()
	show("getwd", err)
	show("chdir", os.Chdir("sub"))
	f := os.NewFile(3, "fd3") // a descriptor of the host's
	_, err = f.Write([]byte("x"))
	show("write", err)
	_, err = f.Read(make([]byte, 1))
	show("read", err)
	_, err = f.ReadAt(make([]byte, 1), 0)
	show("readat", err)
	_, err = f.Seek(0, 0)
	show("seek", err)
	_, err = f.Stat()
	show("stat", err)
	show("sync", f.Sync())
	show("close", f.Close())
	_, err = os.Stdout.WriteAt([]byte("x"), 0) // would write to the host's descriptor 1
	show("writeat", err)
	_, err = os.Stdin.Stat()
	fmt.Println("stdin stat refused:", os.IsPermission(err))
	_, err = time.LoadLocation("Europe/Paris")
	fmt.Println("zone:", err)
	fmt.Println(time.Local)
	os.Stdout.WriteString("to stdout\n")
	fmt.Fprintln(os.Stderr, "to stderr")
}
)";
    // time's error is Go's syscall.EACCES in text only: weft's time has an errno type of its own,
    // which os.IsPermission does not know (weft has no package syscall they would share).
    Run r;
    CHECK(r.run(weft::Capabilities::none(), source) == 0);
    CHECK(r.out == R"(getwd: stat .: permission denied true true
chdir: chdir sub: permission denied true true
write: write fd3: permission denied true true
read: read fd3: permission denied true true
readat: read fd3: permission denied true true
seek: seek fd3: permission denied true true
stat: stat fd3: permission denied true true
sync: sync fd3: permission denied true true
close: close fd3: permission denied true true
writeat: write /dev/stdout: permission denied true true
stdin stat refused: false
zone: permission denied
UTC
to stdout
)");
    CHECK(r.err == "to stderr\n");
}

TEST_CASE("env denied: the environment reads empty and changing it fails as Go's syscall would")
{
    const char* source = R"(package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
)

func main() {
	fmt.Println(os.Getenv("PATH") != "")
	_, ok := os.LookupEnv("PATH")
	fmt.Println(ok, len(os.Environ()) > 0, runtime.GOROOT())
	err := os.Setenv("K", "v")
	fmt.Println(err, os.IsPermission(err), errors.Is(err, os.ErrPermission))
	var se *os.SyscallError
	fmt.Println(errors.As(err, &se))
	err = os.Unsetenv("K")
	fmt.Println(err, os.IsPermission(err), errors.Is(err, os.ErrPermission))
	fmt.Printf("%q\n", os.Getenv("K"))
	fmt.Println(os.Setenv("", "v"))
	fmt.Println(os.ExpandEnv("[$PATH]"), os.TempDir())
	_, err = os.UserHomeDir()
	fmt.Println(err)
}
)";
    weft::Capabilities denyEnv;
    denyEnv.env = false;
    Run denied;
    CHECK(denied.run(denyEnv, source) == 0);
    // Setenv's error is Go's *SyscallError; Unsetenv returns syscall's error as it is.
    CHECK(denied.out == R"(false
false false 
setenv: permission denied true true
true
permission denied true true
""
setenv: invalid argument
[] /tmp
$HOME is not defined
)");

    Run allowed;
    CHECK(allowed.run(weft::Capabilities{}, source) == 0);
    CHECK(allowed.out.starts_with("true\ntrue true"));
    CHECK(allowed.out.find("<nil> false false\nfalse\n<nil> false false\n\"\"\n") != std::string::npos);
}

TEST_CASE("exit denied: os.Exit is a panic the script may recover, and the Interpreter stays usable")
{
    const char* source = R"(package main

import (
	"fmt"
	"os"
)

func Quit(code int) int {
	os.Exit(code)
	return 0
}

func main() {
	defer fmt.Println("deferred ran")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		os.Exit(3)
	}()
}
)";
    weft::Capabilities denyExit;
    denyExit.exit = false;
    Run r;
    weft::Interpreter vm(r.options(denyExit));
    weft::Program program = vm.loadString("exit.go", source);
    CHECK(vm.run(program) == 0);
    CHECK(r.out == "recovered: os.Exit(3) is not allowed in this interpreter\ndeferred ran\n");
    CHECK(!vm.finished());
    // Unrecovered under a call from the host, it fails the call as any panic does.
    auto quit = vm.function<int(int)>(program, "Quit");
    try
    {
        quit(4);
        FAIL("os.Exit(4) returned");
    }
    catch (const weft::ScriptError& e)
    {
        CHECK(e.message() == "panic: os.Exit(4) is not allowed in this interpreter");
    }

    // Allowed (the default), os.Exit ends the program with its code and defers do not run.
    Run allowed;
    CHECK(allowed.run(weft::Capabilities{}, source) == 3);
    CHECK(allowed.out.empty());
}

TEST_CASE("Capabilities: everything is allowed by default, none() denies all")
{
    const weft::Capabilities all = weft::Options{}.capabilities;
    CHECK((all.files && all.env && all.processes && all.exit));
    const weft::Capabilities none = weft::Capabilities::none();
    // processes: weft starts none yet (no os/exec); the capability is there for when it does.
    CHECK(!(none.files || none.env || none.processes || none.exit));
}

TEST_CASE("a sandboxed and an unsandboxed interpreter in one process do not affect each other")
{
    TempDir sandboxed("weft-sandbox-denied"), open("weft-sandbox-open");
    Run r[2];
    int codes[2] = {-1, -1};
    std::thread a([&] { codes[0] = r[0].run(weft::Capabilities::none(), kFiles, {sandboxed.path.string()}); });
    std::thread b([&] { codes[1] = r[1].run(weft::Capabilities{}, kFiles, {open.path.string()}); });
    a.join();
    b.join();
    CHECK(codes[0] == 0);
    CHECK(codes[1] == 0);
    CHECK(r[0].out.find("<nil>") == std::string::npos);
    CHECK(r[0].out.find("create: open " + sandboxed.path.string() + "/f.txt: permission denied true true\n") == 0);
    CHECK(sandboxed.empty());
    CHECK(r[1].out == kFilesAllowed);
}
