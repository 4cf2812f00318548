// Go's syscall.Errno texts (stdlib/os/ErrnoText.cpp), as os errors print them.
#include "stdlib/os/ErrnoText.h"

#include <doctest/doctest.h>

#include <cerrno>

TEST_CASE("errno texts are Go's, not the C library's")
{
    using weft::os::errnoText;
    CHECK(errnoText(ENOENT) == "no such file or directory");
    CHECK(errnoText(EACCES) == "permission denied");
    CHECK(errnoText(EEXIST) == "file exists");
    CHECK(errnoText(ENOTEMPTY) == "directory not empty");
    CHECK(errnoText(EBADF) == "bad file descriptor");
    CHECK(errnoText(EINVAL) == "invalid argument");
    CHECK(errnoText(ESPIPE) == "illegal seek");
    CHECK(errnoText(EIO) == "input/output error");
    // Go prints "errno N" for these.
    CHECK(errnoText(0).empty());
    CHECK(errnoText(-1).empty());
    CHECK(errnoText(4096).empty());
    CHECK(errnoText(int64_t(1) << 40).empty());
}
