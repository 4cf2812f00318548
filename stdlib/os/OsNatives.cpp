// os's natives: the thin system layer under os.go (which, as Go's os package, builds Files,
// errors and FileInfos in Go). Each sys* native returns an errno, 0 on success. Descriptors 0, 1
// and 2 are the interpreter's streams: reading 0 reads the input the host supplies, writing 1 or
// 2 goes to the interpreter's buffered output, and closing them leaves the process's own open.
// With the file system denied (HostAccess::files), whatever would reach a path or another of the
// host's descriptors fails with EACCES before its system call, so os.go wraps it as Go wraps the
// kernel's refusal ("open x: permission denied"); the streams, and their Stat, stay.
#include "stdlib/StdlibNatives.h"
#include "stdlib/os/ErrnoText.h"
#include "vm/NativeContext.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

extern char** environ;

namespace weft {

namespace {

// Go's maxRW: one system call reads or writes at most 1 GiB.
constexpr size_t kMaxRW = size_t(1) << 30;

std::string_view str(const Slot* s) { return {reinterpret_cast<const char*>(s[0].cp), size_t(s[1].i)}; }

void setString(NativeContext& ctx, Slot* r, std::string_view s)
{
    GoString g = ctx.newString(s);
    r[0].cp = g.ptr;
    r[1].i = g.len;
}

// A path for the C library, or false (Go's EINVAL) if it holds a NUL byte.
bool cPath(const Slot* s, std::string& out)
{
    std::string_view v = str(s);
    if (v.find('\0') != std::string_view::npos)
        return false;
    out.assign(v);
    return true;
}

// A []string of `items`, in the VM's memory layout.
void setStrings(NativeContext& ctx, Slot* r, const std::vector<std::string>& items)
{
    const int64_t n = int64_t(items.size());
    GoSlice s = ctx.newSlice(ctx.module().stringType, n, n);
    if (ctx.failed() || !s.ptr)
        return;
    auto* elems = static_cast<GoString*>(s.ptr);
    for (int64_t i = 0; i < n; i++)
        elems[i] = ctx.newString(items[size_t(i)]);
    r[0].p = s.ptr;
    r[1].i = s.len;
    r[2].i = s.cap;
}

bool validFd(int64_t fd) { return fd >= 0 && fd <= INT_MAX; }

// The errno of a system call on the host's files: EACCES when the sandbox denies them.
int fileAccess(NativeContext& ctx) { return ctx.access().files ? 0 : EACCES; }

// A native that reaches the host's files whatever its arguments: refused, it sets its errno
// result (slot Errno) and makes no system call.
template <NativeFn F, int Errno>
void hostFiles(NativeContext& ctx, Slot* a, Slot* r)
{
    if (int e = fileAccess(ctx))
        r[Errno].i = e;
    else
        F(ctx, a, r);
}

// Writes all of [p, p+n) to fd; returns the bytes written and sets *err on failure.
int64_t writeAll(NativeContext& ctx, int64_t fd, const char* p, size_t n, int* err)
{
    if (fd == 1 || fd == 2)
    {
        std::string_view s(p, n);
        if (fd == 1)
            ctx.writeStdout(s);
        else
            ctx.writeStderr(s);
        return int64_t(n);
    }
    if (fd < 0 || fd > INT_MAX)
    {
        *err = EBADF;
        return 0;
    }
    if ((*err = fileAccess(ctx)))
        return 0;
    size_t done = 0;
    while (done < n)
    {
        ssize_t w = ::write(int(fd), p + done, std::min(n - done, kMaxRW));
        if (w < 0)
        {
            if (errno == EINTR)
                continue;
            *err = errno;
            break;
        }
        done += size_t(w);
    }
    return int64_t(done);
}

void runtimeArgs(NativeContext& ctx, Slot*, Slot* r) { setStrings(ctx, r, ctx.args()); }

// runtime_envs() []string: empty when the sandbox denies the environment.
void runtimeEnvs(NativeContext& ctx, Slot*, Slot* r)
{
    std::vector<std::string> env;
    for (char** e = environ; ctx.access().env && e && *e; e++)
        env.emplace_back(*e);
    setStrings(ctx, r, env);
}

// sysEnvWrite() (errno int): whether os's copy of the environment may change (Setenv, Unsetenv).
void sysEnvWrite(NativeContext& ctx, Slot*, Slot* r) { r[0].i = ctx.access().env ? 0 : EACCES; }

void errnoText(NativeContext& ctx, Slot* a, Slot* r) { setString(ctx, r, os::errnoText(a[0].i)); }

// sysOpen(name string, flag int, perm uint32) (fd int, errno int)
void sysOpen(NativeContext&, Slot* a, Slot* r)
{
    std::string path;
    if (!cPath(a, path) || a[2].i < INT_MIN || a[2].i > INT_MAX)
    {
        r[0].i = -1;
        r[1].i = EINVAL;
        return;
    }
    int fd;
    do
        fd = ::open(path.c_str(), int(a[2].i) | O_CLOEXEC, mode_t(a[3].u & 07777));
    while (fd < 0 && errno == EINTR);
    r[0].i = fd;
    r[1].i = fd < 0 ? errno : 0;
}

// sysClose(fd int) (errno int)
void sysClose(NativeContext& ctx, Slot* a, Slot* r)
{
    const int64_t fd = a[0].i;
    if (fd >= 0 && fd <= 2)
        return; // the host's streams stay open
    if (!validFd(fd))
    {
        r[0].i = EBADF;
        return;
    }
    if ((r[0].i = fileAccess(ctx)))
        return;
    // Linux closes the descriptor even when close reports EINTR: never retry.
    r[0].i = ::close(int(fd)) < 0 && errno != EINTR ? errno : 0;
}

// sysRead(fd int, b []byte) (n int, errno int)
void sysRead(NativeContext& ctx, Slot* a, Slot* r)
{
    const int64_t fd = a[0].i;
    char* p = static_cast<char*>(a[1].p);
    const size_t n = std::min(size_t(a[2].i), kMaxRW);
    if (fd == 0)
    {
        const ptrdiff_t got = ctx.readStdin(p, n);
        r[0].i = got < 0 ? 0 : got;
        r[1].i = got < 0 ? -got : 0;
        return;
    }
    if (!validFd(fd))
    {
        r[1].i = EBADF;
        return;
    }
    if ((r[1].i = fileAccess(ctx)))
        return;
    ssize_t got;
    do
        got = ::read(int(fd), p, n);
    while (got < 0 && errno == EINTR);
    if (got < 0)
        r[1].i = errno;
    else
        r[0].i = got;
}

// sysWrite(fd int, b []byte) (n int, errno int)
void sysWrite(NativeContext& ctx, Slot* a, Slot* r)
{
    int err = 0;
    r[0].i = writeAll(ctx, a[0].i, static_cast<const char*>(a[1].cp), size_t(a[2].i), &err);
    r[1].i = err;
}

// sysWriteString(fd int, s string) (n int, errno int)
void sysWriteString(NativeContext& ctx, Slot* a, Slot* r)
{
    int err = 0;
    r[0].i = writeAll(ctx, a[0].i, static_cast<const char*>(a[1].cp), size_t(a[2].i), &err);
    r[1].i = err;
}

// sysPread(fd int, b []byte, off int64) (n int, errno int)
void sysPread(NativeContext&, Slot* a, Slot* r)
{
    if (!validFd(a[0].i))
    {
        r[1].i = EBADF;
        return;
    }
    ssize_t got;
    do
        got = ::pread(int(a[0].i), a[1].p, std::min(size_t(a[2].i), kMaxRW), off_t(a[4].i));
    while (got < 0 && errno == EINTR);
    if (got < 0)
        r[1].i = errno;
    else
        r[0].i = got;
}

// Standard output and error are streams the runtime buffers (and an embedding host may take):
// positioned writes and seeks on them fail as on a pipe, instead of reaching the process's
// descriptors behind the buffer's back.
bool bufferedStream(int64_t fd) { return fd == 1 || fd == 2; }

// sysPwrite(fd int, b []byte, off int64) (n int, errno int)
void sysPwrite(NativeContext&, Slot* a, Slot* r)
{
    if (!validFd(a[0].i) || bufferedStream(a[0].i))
    {
        r[1].i = validFd(a[0].i) ? ESPIPE : EBADF;
        return;
    }
    ssize_t put;
    do
        put = ::pwrite(int(a[0].i), a[1].cp, std::min(size_t(a[2].i), kMaxRW), off_t(a[4].i));
    while (put < 0 && errno == EINTR);
    if (put < 0)
        r[1].i = errno;
    else
        r[0].i = put;
}

// sysSeek(fd int, offset int64, whence int) (ret int64, errno int)
void sysSeek(NativeContext&, Slot* a, Slot* r)
{
    if (!validFd(a[0].i) || a[2].i < INT_MIN || a[2].i > INT_MAX)
    {
        r[1].i = validFd(a[0].i) ? EINVAL : EBADF;
        return;
    }
    if (bufferedStream(a[0].i))
    {
        r[1].i = ESPIPE;
        return;
    }
    off_t pos = ::lseek(int(a[0].i), off_t(a[1].i), int(a[2].i));
    if (pos < 0)
        r[1].i = errno;
    else
        r[0].i = pos;
}

// sysFsync(fd int) (errno int)
void sysFsync(NativeContext&, Slot* a, Slot* r)
{
    if (!validFd(a[0].i))
    {
        r[0].i = EBADF;
        return;
    }
    int rc;
    do
        rc = ::fsync(int(a[0].i));
    while (rc < 0 && errno == EINTR);
    r[0].i = rc < 0 ? errno : 0;
}

// statData's fields (os.go): mode, size, mtimeSec, mtimeNs.
void fillStat(const struct stat& st, void* out)
{
    const int64_t v[4] = {int64_t(st.st_mode), int64_t(st.st_size), int64_t(st.st_mtim.tv_sec),
                          int64_t(st.st_mtim.tv_nsec)};
    std::memcpy(out, v, sizeof v);
}

// sysFstat(fd int, st *statData) (errno int): the streams' stay allowed in the sandbox (scripts
// ask whether their input is a terminal).
void sysFstat(NativeContext& ctx, Slot* a, Slot* r)
{
    struct stat st;
    if (!validFd(a[0].i))
        r[0].i = EBADF;
    else if (const int e = a[0].i > 2 ? fileAccess(ctx) : 0)
        r[0].i = e;
    else if (::fstat(int(a[0].i), &st) < 0)
        r[0].i = errno;
    else if (a[1].p)
        fillStat(st, a[1].p);
}

// sysStat(name string, follow bool, st *statData) (errno int)
void sysStat(NativeContext&, Slot* a, Slot* r)
{
    std::string path;
    struct stat st;
    if (!cPath(a, path))
        r[0].i = EINVAL;
    else if ((a[2].i ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) < 0)
        r[0].i = errno;
    else if (a[3].p)
        fillStat(st, a[3].p);
}

template <int (*F)(const char*)>
void pathCall(NativeContext&, Slot* a, Slot* r)
{
    std::string path;
    if (!cPath(a, path))
        r[0].i = EINVAL;
    else
        r[0].i = F(path.c_str()) < 0 ? errno : 0;
}

// sysRename(oldpath, newpath string) (errno int)
void sysRename(NativeContext&, Slot* a, Slot* r)
{
    std::string from, to;
    if (!cPath(a, from) || !cPath(a + 2, to))
        r[0].i = EINVAL;
    else
        r[0].i = ::rename(from.c_str(), to.c_str()) < 0 ? errno : 0;
}

// sysMkdir(name string, mode uint32) (errno int)
void sysMkdir(NativeContext&, Slot* a, Slot* r)
{
    std::string path;
    if (!cPath(a, path))
        r[0].i = EINVAL;
    else
        r[0].i = ::mkdir(path.c_str(), mode_t(a[2].u & 07777)) < 0 ? errno : 0;
}

// sysGetwd() (dir string, errno int)
void sysGetwd(NativeContext& ctx, Slot*, Slot* r)
{
    std::vector<char> buf(4096);
    while (!::getcwd(buf.data(), buf.size()))
    {
        if (errno != ERANGE || buf.size() >= (size_t(1) << 20))
        {
            r[2].i = errno;
            return;
        }
        buf.resize(buf.size() * 2);
    }
    setString(ctx, r, buf.data());
}

// sysHostname() (name string, errno int)
void sysHostname(NativeContext& ctx, Slot*, Slot* r)
{
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) < 0)
    {
        r[2].i = errno;
        return;
    }
    setString(ctx, r, buf);
}

// sysReadDirNames(name string) (names []string, errno int): every entry but . and ..
void sysReadDirNames(NativeContext& ctx, Slot* a, Slot* r)
{
    std::string path;
    if (!cPath(a, path))
    {
        r[3].i = EINVAL;
        return;
    }
    DIR* d = ::opendir(path.c_str());
    if (!d)
    {
        r[3].i = errno;
        return;
    }
    std::vector<std::string> names;
    errno = 0;
    while (dirent* e = ::readdir(d))
    {
        std::string_view n = e->d_name;
        if (n != "." && n != "..")
            names.emplace_back(n);
    }
    const int err = errno;
    ::closedir(d);
    if (err)
    {
        r[3].i = err;
        return;
    }
    setStrings(ctx, r, names);
}

void getpid(NativeContext&, Slot*, Slot* r) { r[0].i = ::getpid(); }

// Go's os.Exit passes the code to the system, which keeps its low 8 bits. A host that denies it
// (HostAccess::exit) gets a panic instead, as Go's tests get one for os.Exit(0)
// ("unexpected call to os.Exit(0) during test"): deferred calls run and the script may recover.
void exit(NativeContext& ctx, Slot* a, Slot*)
{
    if (!ctx.access().exit)
        ctx.panicValue(ctx.stringIface("os.Exit(" + std::to_string(a[0].i) + ") is not allowed in this interpreter"));
    else
        ctx.exit(int(a[0].i & 0xff));
}

} // namespace

void registerOsNatives(NativeRegistry& registry)
{
    registry.add("os.runtime_args", &runtimeArgs);
    registry.add("os.runtime_envs", &runtimeEnvs);
    registry.add("os.sysEnvWrite", &sysEnvWrite);
    registry.add("os.errnoText", &errnoText);
    registry.add("os.sysOpen", &hostFiles<&sysOpen, 1>);
    registry.add("os.sysClose", &sysClose);
    registry.add("os.sysRead", &sysRead);
    registry.add("os.sysWrite", &sysWrite);
    registry.add("os.sysWriteString", &sysWriteString);
    registry.add("os.sysPread", &hostFiles<&sysPread, 1>);
    registry.add("os.sysPwrite", &hostFiles<&sysPwrite, 1>);
    registry.add("os.sysSeek", &hostFiles<&sysSeek, 1>);
    registry.add("os.sysFsync", &hostFiles<&sysFsync, 0>);
    registry.add("os.sysFstat", &sysFstat);
    registry.add("os.sysStat", &hostFiles<&sysStat, 0>);
    registry.add("os.sysUnlink", &hostFiles<&pathCall<::unlink>, 0>);
    registry.add("os.sysRmdir", &hostFiles<&pathCall<::rmdir>, 0>);
    registry.add("os.sysChdir", &hostFiles<&pathCall<::chdir>, 0>);
    registry.add("os.sysRename", &hostFiles<&sysRename, 0>);
    registry.add("os.sysMkdir", &hostFiles<&sysMkdir, 0>);
    registry.add("os.sysGetwd", &hostFiles<&sysGetwd, 2>);
    registry.add("os.sysHostname", &sysHostname);
    registry.add("os.sysReadDirNames", &hostFiles<&sysReadDirNames, 3>);
    registry.add("os.Getpid", &getpid);
    registry.add("os.Exit", &exit);
}

} // namespace weft
