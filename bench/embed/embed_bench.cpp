// The embedding API's costs against Lua 5.4's C API, in one run (bench/README.md):
//   call:  a host->script call of a tiny function (weft: Interpreter::function; Lua: lua_pcall)
//   back:  a script->host call of a tiny C++ function, from a loop in the script
//   trip:  a channel round trip between a host thread and a goroutine, against two std::threads
//          handing a value back and forth with a mutex and a condition variable
// Each figure is the median of 5 timed runs (after one warm-up) of n operations, in ns per
// operation, and the ratio weft/peer. Build: cmake -DWEFT_BENCH=ON, target weft_embed_bench
// (needs liblua5.4-dev).
#include <weft/weft.hpp>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace {

double nsPerOp(int64_t n, const std::function<void()>& body)
{
    std::vector<double> runs;
    for (int r = 0; r < 6; r++)
    {
        const auto t0 = std::chrono::steady_clock::now();
        body();
        const auto t1 = std::chrono::steady_clock::now();
        if (r > 0) // the first is the warm-up
            runs.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / double(n));
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

int64_t counter = 0;
int luaInc(lua_State* L)
{
    counter += lua_tointeger(L, 1);
    return 0;
}

} // namespace

int main()
{
    const int64_t nCall = 100000, nBack = 1000000, nTrip = 20000;
    weft::Options options;
    options.procs = 2;
    weft::Interpreter vm(options);
    vm.package("host").func("Inc", [](int64_t d) { counter += d; });
    auto ping = vm.makeChan<int64_t>();
    auto pong = vm.makeChan<int64_t>();
    vm.package("host").var("Ping", ping).var("Pong", pong);
    weft::Program program = vm.loadString("bench.go", R"(package main

import "host"

func Square(x int64) int64 { return x * x }

func Back(n int64) {
	for i := int64(0); i < n; i++ {
		host.Inc(1)
	}
}

func main() {
	go func() {
		for v := range host.Ping {
			host.Pong <- v + 1
		}
	}()
}
)");
    vm.run(program);
    auto square = vm.function<int64_t(int64_t)>(program, "Square");
    auto back = vm.function<void(int64_t)>(program, "Back");
    const double weftCall = nsPerOp(nCall, [&] {
        for (int64_t i = 0; i < nCall; i++)
            square(i);
    });
    const double weftBack = nsPerOp(nBack, [&] { back(nBack); });
    const double weftTrip = nsPerOp(nTrip, [&] {
        for (int64_t i = 0; i < nTrip; i++)
        {
            ping.send(i);
            pong.recv();
        }
    });

    lua_State* L = luaL_newstate();
    luaL_openlibs(L);
    lua_register(L, "inc", luaInc);
    luaL_dostring(L, "function square(x) return x * x end\n"
                     "function back(n) for i = 1, n do inc(1) end end\n");
    const double luaCall = nsPerOp(nCall, [&] {
        for (int64_t i = 0; i < nCall; i++)
        {
            lua_getglobal(L, "square");
            lua_pushinteger(L, i);
            lua_pcall(L, 1, 1, 0);
            lua_pop(L, 1);
        }
    });
    const double luaBack = nsPerOp(nBack, [&] {
        lua_getglobal(L, "back");
        lua_pushinteger(L, nBack);
        lua_pcall(L, 1, 0, 0);
    });
    lua_close(L);

    // Two threads handing a value back and forth: the baseline for a round trip.
    std::mutex mu;
    std::condition_variable cv;
    int64_t box = 0;
    bool full = false, replied = false, stop = false;
    std::thread echo([&] {
        std::unique_lock lock(mu);
        for (;;)
        {
            cv.wait(lock, [&] { return full || stop; });
            if (stop)
                return;
            box += 1;
            full = false;
            replied = true;
            cv.notify_all();
        }
    });
    const double threadTrip = nsPerOp(nTrip, [&] {
        for (int64_t i = 0; i < nTrip; i++)
        {
            std::unique_lock lock(mu);
            box = i;
            full = true;
            cv.notify_all();
            cv.wait(lock, [&] { return replied; });
            replied = false;
        }
    });
    {
        std::lock_guard lock(mu);
        stop = true;
        cv.notify_all();
    }
    echo.join();

    std::printf("| operation | weft (ns) | peer (ns) | weft/peer |\n|---|---:|---:|---:|\n");
    std::printf("| host->script call (peer: lua_pcall) | %.0f | %.0f | %.2f |\n", weftCall, luaCall, weftCall / luaCall);
    std::printf("| script->host call (peer: Lua calling a C function) | %.1f | %.1f | %.2f |\n", weftBack, luaBack, weftBack / luaBack);
    std::printf("| channel round trip host<->goroutine (peer: 2 threads, mutex+condvar) | %.0f | %.0f | %.2f |\n", weftTrip,
                threadTrip, weftTrip / threadTrip);
    return 0;
}
