// time's natives: what Go's time package gets from the runtime (now, runtimeNano: the clocks)
// and from syscall (getenv, reading a zoneinfo file, errno texts). Everything else of the
// package is Go 1.19's own code in time.go. Sleep and the timers wait for the scheduler.
#include "stdlib/StdlibNatives.h"
#include "stdlib/os/ErrnoText.h"
#include "vm/NativeContext.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>

namespace weft {

namespace {

std::string_view str(const Slot* s) { return {reinterpret_cast<const char*>(s[0].cp), size_t(s[1].i)}; }

// now() (sec int64, nsec int32, mono int64): runtime.walltime and runtime.nanotime.
void now(NativeContext&, Slot*, Slot* r)
{
    timespec wall{}, mono{};
    clock_gettime(CLOCK_REALTIME, &wall);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    r[0].i = int64_t(wall.tv_sec);
    r[1].i = int64_t(int32_t(wall.tv_nsec));
    r[2].i = int64_t(mono.tv_sec) * 1000000000 + int64_t(mono.tv_nsec);
}

// runtimeNano() int64: runtime.nanotime.
void runtimeNano(NativeContext&, Slot*, Slot* r)
{
    timespec mono{};
    clock_gettime(CLOCK_MONOTONIC, &mono);
    r[0].i = int64_t(mono.tv_sec) * 1000000000 + int64_t(mono.tv_nsec);
}

// getenv(key string) (value string, found bool): syscall.Getenv over the process environment;
// nothing is set when the sandbox denies it (HostAccess::env).
void getenv(NativeContext& ctx, Slot* a, Slot* r)
{
    std::string key(str(a));
    const char* v =
        ctx.access().env && key.find('\0') == std::string::npos ? std::getenv(key.c_str()) : nullptr;
    GoString s = ctx.newString(v ? std::string_view(v) : std::string_view());
    r[0].cp = s.ptr;
    r[1].i = s.len;
    r[2].i = v != nullptr;
}

// sysReadFile(name string, max int) (data []byte, errno int): the whole file; errno -1 when it
// holds more than max bytes (Go's fileSizeError); EACCES when the sandbox denies the file
// system (HostAccess::files): then Local is UTC and LoadLocation fails, as Go's would.
void sysReadFile(NativeContext& ctx, Slot* a, Slot* r)
{
    r[0].p = nullptr;
    r[1].i = r[2].i = 0;
    std::string name(str(a));
    const int64_t max = a[2].i;
    if (name.find('\0') != std::string::npos)
    {
        r[3].i = EINVAL;
        return;
    }
    if (!ctx.access().files)
    {
        r[3].i = EACCES;
        return;
    }
    int fd;
    do
        fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
    {
        r[3].i = errno;
        return;
    }
    std::string data;
    char buf[4096];
    int err = 0;
    for (;;)
    {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
        {
            err = errno;
            break;
        }
        if (n == 0)
            break;
        data.append(buf, size_t(n));
        if (int64_t(data.size()) > max)
        {
            err = -1;
            break;
        }
    }
    ::close(fd);
    r[3].i = err;
    if (err != 0 || data.empty())
        return;
    void* p = ctx.allocate(data.size(), nullptr);
    if (ctx.failed() || !p)
        return;
    std::memcpy(p, data.data(), data.size());
    r[0].p = p;
    r[1].i = r[2].i = int64_t(data.size());
}

// errnoText(errno int) string: syscall.Errno.Error.
void errnoText(NativeContext& ctx, Slot* a, Slot* r)
{
    std::string_view t = os::errnoText(a[0].i);
    std::string fallback;
    if (t.empty())
        t = fallback = "errno " + std::to_string(a[0].i);
    GoString s = ctx.newString(t);
    r[0].cp = s.ptr;
    r[1].i = s.len;
}

} // namespace

void registerTimeNatives(NativeRegistry& registry)
{
    registry.add("time.now", &now);
    registry.add("time.runtimeNano", &runtimeNano);
    registry.add("time.getenv", &getenv);
    registry.add("time.sysReadFile", &sysReadFile);
    registry.add("time.errnoText", &errnoText);
}

} // namespace weft
