// Package os declares the weft standard-library surface of Go's os package.
// Bodiless functions are implemented natively by the interpreter; functions
// with bodies are plain Go executed by the interpreter.
//
// Intentional differences from Go: FileMode, FileInfo and PathError are
// aliases of io/fs types in Go (weft has no io/fs); here they are defined
// types with the same underlying types and methods. The O_* flag values are
// those of linux/amd64 (Go derives them from package syscall).
//
// Omitted: processes, signals, directories listings (ReadDir, DirEntry),
// ownership/permissions changes, links, pipes, deadlines, temp files.
package os

import "time"

// Flags to OpenFile wrapping those of the underlying system. Not all
// flags may be implemented on a given system.
const (
	// Exactly one of O_RDONLY, O_WRONLY, or O_RDWR must be specified.
	O_RDONLY int = 0x0 // open the file read-only.
	O_WRONLY int = 0x1 // open the file write-only.
	O_RDWR   int = 0x2 // open the file read-write.
	// The remaining values may be or'ed in to control behavior.
	O_APPEND int = 0x400    // append data to the file when writing.
	O_CREATE int = 0x40     // create a new file if none exists.
	O_EXCL   int = 0x80     // used with O_CREATE, file must not exist.
	O_SYNC   int = 0x101000 // open for synchronous I/O.
	O_TRUNC  int = 0x200    // truncate regular writable file when opened.
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// Portable analogs of some common system call errors.
var (
	ErrInvalid    error // "invalid argument"
	ErrPermission error // "permission denied"
	ErrExist      error // "file already exists"
	ErrNotExist   error // "file does not exist"
	ErrClosed     error // "file already closed"
)

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte // Mode is uint32.
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool {
	return m&ModeDir != 0
}

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool {
	return m&ModeType == 0
}

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode {
	return m & ModePerm
}

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode {
	return m & ModeType
}

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// IsExist returns a boolean indicating whether the error is known to report
// that a file or directory already exists.
func IsExist(err error) bool

// IsNotExist returns a boolean indicating whether the error is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool

// IsPermission returns a boolean indicating whether the error is known to
// report that permission is denied.
func IsPermission(err error) bool

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call.
func OpenFile(name string, flag int, perm FileMode) (*File, error)

func (f *File) Close() error
func (f *File) Name() string
func (f *File) Read(b []byte) (n int, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) Stat() (FileInfo, error)
func (f *File) Sync() error
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)

func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
func Stat(name string) (FileInfo, error)
func Lstat(name string) (FileInfo, error)
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func Chdir(dir string) error
func Getwd() (dir string, err error)
func TempDir() string
func UserHomeDir() (string, error)
func Hostname() (name string, err error)
func Getpid() int

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
func Exit(code int)

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Clearenv()
func Environ() []string
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
