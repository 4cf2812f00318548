#!/usr/bin/env python3
"""Fails when a source file includes a header of a layer above its own.

weft's layers and the arrows between them (docs/design.md, "Layers"):

    lexer < parser < compiler          the front end
    runtime < vm < stdlib              what runs a program
    vm < compiler                      the compiler emits the VM's bytecode
    everything < api < cli             the embedding API; the command line and the REPL

A file under DIR/ may include "X/..." only for X in ALLOWED[DIR]. The runtime includes nothing
of weft's but itself: what it needs from the interpreter goes through runtime/Executor.h.

    check_layers.py SOURCE_DIR      check the tree (exit 1 and a line per wrong include)
    check_layers.py --self-test     check that a wrong include in a made-up tree is caught
"""
import os
import re
import sys
import tempfile

ALLOWED = {
    "lexer": {"lexer"},
    "parser": {"lexer", "parser"},
    "runtime": {"runtime"},
    "vm": {"runtime", "vm", "lexer"},
    "compiler": {"lexer", "parser", "compiler", "runtime", "vm"},
    "stdlib": {"lexer", "runtime", "vm", "stdlib"},
    "api": {"lexer", "parser", "compiler", "runtime", "vm", "stdlib", "api"},
    "cli": {"lexer", "parser", "compiler", "runtime", "vm", "stdlib", "api", "cli"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s*"([A-Za-z0-9_]+)/[^"]*"', re.M)
SOURCES = (".h", ".hpp", ".cpp", ".cc")


def violations(root):
    found = []
    for layer, allowed in sorted(ALLOWED.items()):
        top = os.path.join(root, layer)
        for dirpath, _, files in os.walk(top):
            for name in sorted(files):
                if not name.endswith(SOURCES):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                for m in INCLUDE.finditer(text):
                    target = m.group(1)
                    if target in ALLOWED and target not in allowed:
                        line = text.count("\n", 0, m.start()) + 1
                        rel = os.path.relpath(path, root)
                        found.append(f"{rel}:{line}: {layer}/ includes {m.group(0).strip()}: "
                                     f"{target}/ is not below {layer}/")
    return found


def self_test():
    with tempfile.TemporaryDirectory() as root:
        for layer in ALLOWED:
            os.makedirs(os.path.join(root, layer))
        with open(os.path.join(root, "runtime", "Ok.h"), "w") as f:
            f.write('#include "runtime/Heap.h"\n#include <vector>\n')
        with open(os.path.join(root, "vm", "Ok.cpp"), "w") as f:
            f.write('#include "runtime/Runtime.h"\n#include "vm/Module.h"\n')
        if violations(root):
            print("self-test: a correct tree was refused:", violations(root))
            return 1
        with open(os.path.join(root, "runtime", "Bad.cpp"), "w") as f:
            f.write('// a wrong arrow\n#include "vm/InterpreterImpl.h"\n')
        with open(os.path.join(root, "parser", "Bad.h"), "w") as f:
            f.write('#include "compiler/Check.h"\n')
        got = violations(root)
        want = ["parser/Bad.h:1:", "runtime/Bad.cpp:2:"]
        if [g.split(" ")[0] for g in got] != want:
            print("self-test: wrong includes not caught as expected:", got)
            return 1
    print("self-test: ok")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    found = violations(sys.argv[1])
    for v in found:
        print(v)
    print(f"layering: {len(found)} wrong include(s)" if found else "layering: every include points down")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
