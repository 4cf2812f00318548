#pragma once
// What a program may reach of the host beyond its own memory and standard streams: the
// embedding API's sandbox (weft::Options::capabilities; the command line allows everything).
// Natives check it before their system call and fail as Go fails when the kernel refuses
// (EACCES), so the Go code above them wraps the error as usual (docs/design.md, "Embedding").
namespace weft {

struct HostAccess
{
    // Paths and the host's descriptors: os's sys* natives and time's zoneinfo files. The
    // program's streams (reading 0, writing 1 and 2) go through the interpreter and stay.
    bool files = true;
    // The environment: os's copy starts empty, Setenv and Unsetenv fail; time's TZ and
    // ZONEINFO and runtime.GOROOT read as unset.
    bool env = true;
    // Starting processes. Nothing starts one yet: os.StartProcess and os/exec, when they come,
    // check it in their native before fork/exec (Go's "fork/exec NAME: permission denied").
    bool processes = true;
    // os.Exit ending the program; denied, it is a panic the script may recover.
    bool exit = true;
};

} // namespace weft
