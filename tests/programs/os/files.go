package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

var dir string

// show prints an error with the temporary directory's name replaced, and how os classifies it.
func show(what string, err error) {
	if err == nil {
		fmt.Println(what, "ok")
		return
	}
	var pe *os.PathError
	var le *os.LinkError
	kind := "other"
	if errors.As(err, &pe) {
		kind = "PathError op=" + pe.Op
	} else if errors.As(err, &le) {
		kind = "LinkError op=" + le.Op
	}
	fmt.Printf("%s: %s [%s] notexist=%v exist=%v perm=%v is(NotExist)=%v\n", what,
		strings.ReplaceAll(err.Error(), dir, "$DIR"), kind,
		os.IsNotExist(err), os.IsExist(err), os.IsPermission(err), errors.Is(err, os.ErrNotExist))
}

func main() {
	dir = os.TempDir() + "/weft-files-" + strconv.Itoa(os.Getpid())
	show("MkdirAll", os.MkdirAll(dir+"/a/b/c", 0755))
	defer os.RemoveAll(dir)

	name := dir + "/hello.txt"
	f, err := os.Create(name)
	show("Create", err)
	n, err := f.WriteString("hello, ")
	fmt.Println(n, err)
	n, err = f.Write([]byte("world\n"))
	fmt.Println(n, err)
	fmt.Println(strings.ReplaceAll(f.Name(), dir, "$DIR"))
	show("Close", f.Close())
	show("Close again", f.Close())
	_, err = f.Write([]byte("x"))
	show("Write after Close", err)
	_, err = f.Read(make([]byte, 4))
	show("Read after Close", err)

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile(dir + "/nosuch.txt")
	show("ReadFile", err)
	_, err = os.Open("nosuch.txt")
	show("Open", err)
	_, err = os.Open("")
	show("Open empty", err)

	// Append mode, WriteAt refused in it.
	f, err = os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	show("OpenFile append", err)
	f.WriteString("more\n")
	_, err = f.WriteAt([]byte("x"), 0)
	show("WriteAt append", err)
	f.Close()

	// Reading in pieces, ReadAt, Seek.
	f, _ = os.Open(name)
	buf := make([]byte, 5)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("ReadAt %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 16)
	fmt.Printf("ReadAt %d %q %v\n", n, buf[:n], err)
	_, err = f.ReadAt(buf, -1)
	show("ReadAt negative", err)
	pos, err := f.Seek(-5, io.SeekEnd)
	fmt.Println("Seek", pos, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	_, err = f.Seek(-100, io.SeekStart)
	show("Seek before start", err)
	_, err = f.Write([]byte("x"))
	show("Write read-only", err)
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular(), err)
	f.Close()

	// WriteAt and WriteFile.
	show("WriteFile", os.WriteFile(name, []byte("0123456789"), 0644))
	f, _ = os.OpenFile(name, os.O_RDWR, 0)
	n, err = f.WriteAt([]byte("abc"), 4)
	fmt.Println("WriteAt", n, err)
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)

	// Stat and Lstat.
	for _, p := range []string{name, dir + "/a", dir + "/a/", dir + "/nosuch"} {
		fi, err := os.Stat(p)
		if err != nil {
			show("Stat", err)
			continue
		}
		fmt.Println(fi.Name(), fi.IsDir(), fi.Mode().IsDir(), fi.Mode()&os.ModeType == os.ModeDir, fi.Mode().Perm())
	}
	_, err = os.Lstat(dir + "/nosuch")
	show("Lstat", err)

	// Directories.
	show("Mkdir exists", os.Mkdir(dir+"/a", 0755))
	show("Mkdir no parent", os.Mkdir(dir+"/x/y", 0755))
	show("MkdirAll exists", os.MkdirAll(dir+"/a/b", 0755))
	show("MkdirAll over file", os.MkdirAll(name+"/sub", 0755))
	show("Remove non-empty", os.Remove(dir+"/a"))
	show("Remove missing", os.Remove(dir+"/nosuch"))
	show("Rename", os.Rename(name, dir+"/a/moved.txt"))
	show("Rename missing", os.Rename(name, dir+"/a/moved2.txt"))
	show("Rename onto dir", os.Rename(dir+"/a/moved.txt", dir+"/a/b"))
	_, err = os.Stat(dir + "/a/moved.txt")
	show("Stat moved", err)
	show("RemoveAll", os.RemoveAll(dir+"/a"))
	_, err = os.Stat(dir + "/a")
	show("Stat removed", err)
	show("RemoveAll missing", os.RemoveAll(dir+"/a"))
	show("RemoveAll dot", os.RemoveAll(dir+"/."))

	// The working directory.
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	show("Chdir", os.Chdir(dir))
	wd2, _ := os.Getwd()
	fmt.Println(strings.HasSuffix(wd2, "weft-files-"+strconv.Itoa(os.Getpid())))
	show("Chdir missing", os.Chdir("nosuch"))
	os.Chdir(wd)

	// nil *File.
	var nf *os.File
	_, err = nf.Write([]byte("x"))
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Println(nf.Close() == os.ErrInvalid)
}
