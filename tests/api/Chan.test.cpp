// Channels shared by host threads and goroutines (weft::Chan, Package::var): values both ways,
// close, non-blocking operations, misuse, the deadlock rule with channels the host holds, and
// a channel outliving its Interpreter.
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

TEST_CASE("host threads and goroutines exchange values through channels")
{
    weft::Interpreter vm(quietOptions());
    auto in = vm.makeChan<std::string>();
    auto out = vm.makeChan<int64_t>(4);
    vm.package("host").var("In", in).var("Out", out);
    weft::Program p = vm.loadString("echo.go", R"(package main

import "host"

func Serve() {
	go func() {
		for s := range host.In {
			host.Out <- int64(len(s))
		}
		close(host.Out)
	}()
}

func main() {}
)");
    REQUIRE(vm.run(p) == 0);
    vm.function<void()>(p, "Serve")();
    std::thread producer([&] {
        for (int i = 0; i < 1000; i++)
            in.send(std::string(size_t(i % 50), 'x'));
        in.close();
    });
    int64_t sum = 0, n = 0;
    while (std::optional<int64_t> v = out.recv())
        sum += *v, n++;
    producer.join();
    int64_t want = 0;
    for (int i = 0; i < 1000; i++)
        want += i % 50;
    CHECK(n == 1000);
    CHECK(sum == want);
    CHECK_FALSE(out.recv()); // closed and drained
}

TEST_CASE("non-blocking operations and Go's misuse errors")
{
    weft::Interpreter vm(quietOptions());
    auto c = vm.makeChan<int>(1);
    CHECK_FALSE(c.tryRecv());
    CHECK(c.trySend(7));
    CHECK_FALSE(c.trySend(8)); // full
    CHECK(c.tryRecv() == 7);
    c.close();
    CHECK_THROWS_AS(c.close(), std::logic_error);   // close of closed channel
    CHECK_THROWS_AS(c.send(1), std::logic_error);   // send on closed channel
    CHECK_FALSE(c.recv());
    weft::Interpreter other(quietOptions());
    CHECK_THROWS_AS(other.package("host").var("C", c), std::invalid_argument);
}

TEST_CASE("a goroutine waiting on a channel the host holds is not deadlocked")
{
    weft::Interpreter vm(quietOptions());
    auto in = vm.makeChan<int64_t>();
    vm.package("host").var("In", in);
    weft::Program p = vm.loadString("wait.go", R"(package main

import "host"

func Next() int64 { return <-host.In * 2 }

func main() {}
)");
    REQUIRE(vm.run(p) == 0);
    std::thread late([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50)); // the pool is idle meanwhile
        in.send(21);
    });
    CHECK(vm.function<int64_t()>(p, "Next")() == 42);
    late.join();
}

TEST_CASE("a channel outlives its Interpreter, and then says the program has ended")
{
    std::optional<weft::Chan<int>> kept;
    std::thread blocked;
    {
        weft::Interpreter vm(quietOptions());
        weft::Chan<int> c = vm.makeChan<int>();
        kept = c;
        weft::Program p = vm.loadString("main.go", "package main\n\nfunc main() {}\n");
        REQUIRE(vm.run(p) == 0);
        blocked = std::thread([c]() mutable { CHECK_THROWS_AS(c.recv(), weft::Exception); });
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    } // destroyed while a host thread waits on its channel
    blocked.join();
    CHECK_THROWS_AS(kept->send(1), weft::Exception);
}
