#!/usr/bin/env bash
# Installs weft from a build tree into a temporary prefix, builds examples/embed against the
# installed package twice (its own CMakeLists.txt through find_package(weft), and with
# pkg-config), runs them and compares their output with examples/embed/run_scripts.out, and
# runs examples/embed/host (the example) and compares it with host.out.
#   install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" > "$tmp/install.log"
cmake -S "$src/examples/embed" -B "$tmp/cmake-build" -DCMAKE_PREFIX_PATH="$tmp/prefix" -DCMAKE_BUILD_TYPE=Release > "$tmp/configure.log"
cmake --build "$tmp/cmake-build" > "$tmp/build.log"
PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig" pkg-config --exists weft
# shellcheck disable=SC2046
${CXX:-c++} -O1 -o "$tmp/pc-host" "$src/examples/embed/run_scripts.cpp" \
    $(PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig" pkg-config --cflags --libs weft)
cd "$src/examples/embed"
status=0
for host in "$tmp/cmake-build/run_scripts" "$tmp/pc-host"; do
    "$host" greet.go exits.go panics.go deadlocks.go broken.go > "$tmp/out"
    if ! diff -u run_scripts.out "$tmp/out"; then
        echo "FAIL: $host"
        status=1
    fi
done
# host.cpp: its first two lines in order, the 100 lines of its four worker goroutines in any order.
"$tmp/cmake-build/host" > "$tmp/host.out"
if ! { head -n 2 "$tmp/host.out" | diff -u <(head -n 2 host.out) - &&
       tail -n +3 "$tmp/host.out" | sort | diff -u <(tail -n +3 host.out | sort) -; }; then
    echo "FAIL: examples/embed/host"
    status=1
fi
[ $status = 0 ] && echo "embed_install: the installed package builds and runs the examples (CMake and pkg-config)"
exit $status
