// C++ objects with methods (Package::type<T>(name).method(...)), held by std::shared_ptr: an
// opaque *host.T whose methods the script calls, passed back to the host, nil for a null
// pointer, and let go by the host once the script can no longer reach it. The expected output
// is Go's for a twin whose package host is written in Go (go run, Go 1.19).
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <map>
#include <memory>
#include <string>

namespace {

std::atomic<int> liveDbs{0};

class Db
{
public:
    explicit Db(std::string name) : name_(std::move(name)) { liveDbs++; }
    ~Db() { liveDbs--; }
    void put(std::string k, int64_t v) { data_[k] = v; }
    int64_t get(const std::string& k) const
    {
        auto it = data_.find(k);
        return it == data_.end() ? 0 : it->second;
    }
    int len() const { return int(data_.size()); }
    std::string name() const { return name_ + "#" + std::to_string(data_.size()); }

private:
    std::string name_;
    std::map<std::string, int64_t> data_;
};

const char* const kScript = R"(package main

import (
	"fmt"
	"host"
	"runtime"
	"time"
)

func main() {
	db := host.Open("main")
	db.Put("a", 1)
	db.Put("b", 2)
	fmt.Println(db.Get("a"), db.Get("b"), db.Get("c"), db.Len(), db.Name())
	other := host.Open("other")
	fmt.Println(host.Same(db, db), host.Same(db, other), host.Same(nil, db), host.Same(nil, nil))
	var none *host.DB
	fmt.Println(none == nil, host.Open("") == nil, other.Name())
	f := db.Get
	fmt.Println(f("b"))
}

var kept *host.DB

func Keep() { kept = host.Open("kept") }

func Drop() {
	kept = nil
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond) // finalizers run in their own goroutine
	}
}
)";

const char* const kGoOutput = R"(1 2 0 2 main#2
true false false true
true true other#0
2
)";

} // namespace

TEST_CASE("a C++ object registered with methods is an opaque pointer the script calls methods on")
{
    std::string out;
    weft::Options o = quietOptions();
    o.onStdout = [&](std::string_view s) { out.append(s); };
    {
        weft::Interpreter vm(o);
        vm.package("host")
            .type<Db>("DB")
            .method("Put", &Db::put)
            .method("Get", &Db::get)
            .method("Len", &Db::len)
            .method("Name", &Db::name)
            .func("Open", [](std::string name) { return name.empty() ? nullptr : std::make_shared<Db>(name); })
            .func("Same", [](std::shared_ptr<Db> a, std::shared_ptr<Db> b) { return a == b; });
        weft::Program p = vm.loadString("objects.go", kScript);
        CHECK(vm.run(p) == 0);
        CHECK(out == kGoOutput);

        // The script's last reference gone and collected: the host's object is let go.
        vm.function<void()>(p, "Drop")();
        const int before = liveDbs;
        vm.function<void()>(p, "Keep")();
        CHECK(liveDbs == before + 1);
        vm.function<void()>(p, "Drop")();
        CHECK(liveDbs == before);
    }
    CHECK(liveDbs == 0); // the Interpreter's end lets go of the rest
}
