// libFuzzer target over the whole front end: lexer, parser, AST printers and type checker.
// Any input must give diagnostics, never a crash, a hang or a sanitizer report.
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DWEFT_SANITIZE=fuzzer
//   cmake --build build-fuzz --target weft_fuzz_frontend
//   build-fuzz/tests/weft_fuzz_frontend -max_len=4096 -timeout=10 tests/fuzz/corpus
#include "compiler/TypeChecker.h"
#include "parser/AstPrinter.h"
#include "parser/Parser.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    weft::DiagnosticList diags;
    auto file = weft::parseFile("fuzz.go", std::string(reinterpret_cast<const char*>(data), size), diags);
    (void)weft::dumpAst(*file);
    (void)weft::printSource(*file);
    auto program = weft::checkProgram(std::move(file), diags, /*checkDespiteErrors=*/true);
    (void)diags.report();
    return 0;
}
