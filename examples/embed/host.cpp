// examples/embed/host.cpp
#include <weft/weft.hpp>
#include <iostream>
#include <numeric>
#include <thread>

int main()
{
    weft::Options options;
    options.procs = 2;                 // worker threads for goroutines
    options.heapLimit = 64 << 20;      // bytes; beyond it the script fails, the host goes on
    weft::Interpreter vm(options);

    auto jobs = vm.makeChan<int64_t>(16);        // chan int64, shared with goroutines
    auto results = vm.makeChan<std::string>(16); // chan string
    vm.package("host")                           // scripts: import "host"
        .func("Greet", [](std::string name) { return "hello, " + name; })       // func(string) string
        .func("Sum", [](std::vector<int64_t> xs) {                               // func([]int64) int64
            return std::accumulate(xs.begin(), xs.end(), int64_t{0}); })
        .var("Jobs", jobs)                                                       // var Jobs chan int64
        .var("Results", results);

    weft::Program program = vm.load("worker.go"); // parse, check, compile: weft::CompileError on errors
    int code = vm.run(program);                   // runs main: prints "hello, weft 6"; returns 0

    auto square = vm.function<int64_t(int64_t)>(program, "Square");
    std::cout << square(12) << "\n";              // 144: the call runs as a goroutine

    vm.function<void(int)>(program, "Start")(4);  // starts 4 worker goroutines and returns
    std::thread producer([&] {
        for (int64_t i = 1; i <= 100; i++)
            jobs.send(i);                         // blocks this host thread like a goroutine
        jobs.close();
    });
    for (int i = 0; i < 100; i++)
        std::cout << *results.recv() << "\n";     // std::optional: empty once closed
    producer.join();
    return code;
}
