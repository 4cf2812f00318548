// Runs each Go program named on the command line in its own weft::Interpreter and reports how it
// ended. Nothing a script does (a compile error, os.Exit, a panic, a deadlock) ends this host.
#include <weft/weft.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; i++)
    {
        const std::string path = argv[i];
        weft::Options options;
        options.onStdout = [](std::string_view s) { std::cout << s; };
        weft::Interpreter vm(options);
        try
        {
            weft::Program program = vm.load(path);
            const int code = vm.run(program, {"from-host"});
            std::cout << "[" << path << ": exit code " << code << "]\n";
        }
        catch (const weft::CompileError& e)
        {
            const weft::Diagnostic& d = e.diagnostics().front();
            std::cout << "[" << path << ": does not compile: line " << d.line << ": " << d.message << "]\n";
        }
        catch (const weft::ScriptError& e)
        {
            std::cout << "[" << path << ": failed: " << e.message() << "]\n";
        }
    }
    std::cout << "[the host is still running]\n";
    return 0;
}
