#!/usr/bin/env bash
# Installs, builds and runs the whole test suite: the Release build, then the same tests under
# AddressSanitizer + UBSan, then ThreadSanitizer over the tests that use threads, then the
# front-end fuzzer over its seed corpus (a regression run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
jobs=$(nproc)

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
# Every benchmark once at a small size: its checksum line must equal compiled Go's.
python3 bench/run --ci

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWEFT_SANITIZE=address
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-asan --output-on-failure -j "$jobs"

# ThreadSanitizer: the runtime's unit tests (the scheduler, channels, timers and semaphores on
# worker and host threads), the VM's and the embedding API's (interpreters on two host threads
# at once) and the whole
# concurrency corpus with its stress programs, every goroutine on a pool of worker threads.
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWEFT_SANITIZE=thread
cmake --build build-tsan -j "$jobs" --target weft_runtime_tests weft_vm_tests weft_api_tests weft
TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/weft_runtime_tests
TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/weft_vm_tests
TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/weft_api_tests
ctest --test-dir build-tsan --output-on-failure -R '^concurrency_run$'

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DWEFT_SANITIZE=fuzzer -DBUILD_TESTING=ON
cmake --build build-fuzz -j "$jobs" --target weft_fuzz_frontend
# -runs=0: execute every seed once (no new inputs): crashes found earlier stay fixed.
build-fuzz/tests/weft_fuzz_frontend -runs=0 -timeout=10 tests/fuzz/corpus
echo "fuzz corpus: $(ls tests/fuzz/corpus | wc -l) seeds ran clean"
