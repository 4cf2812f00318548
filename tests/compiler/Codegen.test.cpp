// Code generation, asserted as disassembly (vm/Disassembler.h), in the manner of Luau's
// Compiler.test.cpp: each case compiles a small program and compares the bytecode of one
// function with the expected listing.
#include "compiler/Codegen.h"
#include "compiler/TypeChecker.h"
#include "parser/Parser.h"
#include "vm/Disassembler.h"
#include "vm/Verifier.h"

#include <doctest/doctest.h>

#include <string>

using namespace weft;

namespace {

// The listing of function `name` (e.g. "main.fib") of a program, or the diagnostics.
std::string compileFunction(std::string source, const std::string& name)
{
    DiagnosticList diags;
    auto file = parseFile("test.go", std::move(source), diags);
    auto program = checkProgram(std::move(file), diags);
    if (!program || !diags.empty())
        return diags.report();
    NativeRegistry natives;
    auto module = generateCode(*program, natives, diags);
    if (!module)
        return diags.report();
    // Every listing asserted here is also bytecode the verifier accepts.
    if (auto e = verifyModule(*module))
        return e->format();
    for (const auto& fn : module->functions)
        if (fn->name == name)
        {
            std::string text = disassemble(*module, *fn);
            // Drop the header line: the listing is what the cases assert.
            return "\n" + text.substr(text.find('\n') + 1);
        }
    return "no function " + name;
}

} // namespace

TEST_CASE("a return without defers ends the frame directly; integer compare-and-branch is fused")
{
    CHECK(compileFunction(R"(package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func main() { fib(3) }
)",
                          "main.fib") == R"(
     0  [3]  LoadInt     r2, 2
     1  [3]  JumpGe      r0, r2  W=2              ; -> 5
     3  [4]  Move        r1, r0
     4  [4]  Return      
     5  [6]  AddImm      r3, r0, -1
     6  [6]  Call        r3, r2  W=2              ; main.fib
     8  [6]  AddImm      r5, r0, -2
     9  [6]  Call        r5, r4  W=2              ; main.fib
    11  [6]  Add         r1, r2, r4
    12  [6]  Return      
    13  [7]  Return      
)");
}

TEST_CASE("float comparisons branch on the NaN-correct negated forms")
{
    CHECK(compileFunction(R"(package main
func f(x, y float64) int {
	if x > y {
		return 1
	}
	if !(x <= y) {
		return 2
	}
	return 3
}
func main() { f(1, 2) }
)",
                          "main.f") == R"(
     0  [3]  JumpFNlt    r1, r0  W=2              ; -> 4
     2  [4]  LoadInt     r2, 1
     3  [4]  Return      
     4  [6]  JumpFLe     r0, r1  W=2              ; -> 8
     6  [7]  LoadInt     r2, 2
     7  [7]  Return      
     8  [9]  LoadInt     r2, 3
     9  [9]  Return      
    10  [10]  Return      
)");
}

TEST_CASE("a function with defer returns through its epilogue, which runs the deferred calls")
{
    CHECK(compileFunction(R"(package main
func f() (n int) {
	defer func() { n++ }()
	return 41
}
func main() { f() }
)",
                          "main.f") == R"(
     0  [2]  New         r1, 0                    ; int
     1  [3]  Closure     r2, 0, 1  W=3            ; main.f.func1
     4  [3]  Defer       r2
     5  [4]  LoadInt     r3, 41
     6  [4]  Store64     r1, r3, 0
     7  [4]  Jump        0                        ; -> 8
     8  [5]  RunDefers   
     9  [5]  Load64      r0, r1, 0
    10  [5]  Return      
)");
}

TEST_CASE("a dense integer switch dispatches through a jump table; holes go to default")
{
    CHECK(compileFunction(R"(package main
func f(x int) int {
	switch x {
	case 10:
		return 1
	case 11, 13:
		return 2
	case 14:
		return 3
	default:
		return 4
	}
}
func main() { f(1) }
)",
                          "main.f") == R"(
     0  [3]  Move        r2, r0
     1  [3]  AddImm      r3, r2, -10
     2  [3]  JumpTable   r3, 5
          case 0 -> 9
          case 1 -> 12
          case 2 -> 18
          case 3 -> 12
          case 4 -> 15
     8  [3]  Jump        9                        ; -> 18
     9  [5]  LoadInt     r1, 1
    10  [5]  Return      
    11  [5]  Jump        9                        ; -> 21
    12  [7]  LoadInt     r1, 2
    13  [7]  Return      
    14  [7]  Jump        6                        ; -> 21
    15  [9]  LoadInt     r1, 3
    16  [9]  Return      
    17  [9]  Jump        3                        ; -> 21
    18  [11]  LoadInt     r1, 4
    19  [11]  Return      
    20  [11]  Jump        0                       ; -> 21
    21  [13]  Return      
)");
}
