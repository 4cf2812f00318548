// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in stdlib/LICENSE-Go.

// Package runtime declares the weft standard-library surface of Go's runtime
// package. Bodiless functions are implemented natively by the interpreter.
//
// GOOS and GOARCH are the constants of the platform weft reports; Go declares
// them as `const GOOS string = goos.GOOS`.
package runtime

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	iface         string // interface type name ("" for empty interface)
	concrete      string // concrete type name ("" if the operand was nil)
	asserted      string // asserted type name
	missingMethod string // one method needed by Interface, missing from Concrete
}

func (*TypeAssertionError) RuntimeError() {}

// Error is Go's (runtime/error.go), over the type names the fields hold.
func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e.iface != "" {
		inter = e.iface
	}
	as := e.asserted
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			// provide slightly clearer error message
			msg += " (types from different scopes)"
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as +
		": missing method " + e.missingMethod
}

// MemProfileRate controls the fraction of memory allocations that are recorded
// in the memory profile (weft keeps no profile; the variable exists for programs that set it).
var MemProfileRate int = 512 * 1024

func Gosched()
func GC()
func Goexit()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func Version() string
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj to the provided finalizer function.
// When the garbage collector finds an unreachable block with an associated finalizer, it
// clears the association and runs finalizer(obj) in a separate goroutine. As in Go, one
// goroutine runs all finalizers, one after another; objects in cycles with finalizers, or
// reachable from their own finalizer, are never finalized.
func SetFinalizer(obj any, finalizer any)
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Compiler is the name of the compiler toolchain that built the running binary.
// weft reports "gc": where the language leaves a choice (exact constant arithmetic,
// map iteration order), weft does what gc does, which is what programs that ask want to know.
const Compiler = "gc"

// GOROOT returns $GOROOT (weft has no Go tree of its own).
func GOROOT() string

// Breakpoint executes a breakpoint trap: the program dies of SIGTRAP, as under Go.
func Breakpoint()

// Callers fills the slice pc with the return program counters of function invocations on
// the calling goroutine's stack. The argument skip is the number of stack frames to skip
// before recording in pc, with 0 identifying the frame for Callers itself and 1 identifying
// the caller of Callers. It returns the number of entries written to pc.
// (weft's stacks hold script frames only: there is no runtime.main or runtime.goexit below.)
func Callers(skip int, pc []uintptr) int {
	return callers(skip, pc)
}

func callers(skip int, pc []uintptr) int
func funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool)

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	file  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, file, _, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, file: file, entry: entry}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file name and line number of the
// source code corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, ok := funcInfo(pc)
	if !ok {
		return "?", 0
	}
	return file, line
}

// Frames may be used to get function/file/line information for a
// slice of PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and
// prepares to return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice
// of PC values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		if pc == 0 {
			continue
		}
		// A return address: the call is the word before it.
		name, file, line, entry, ok := funcInfo(pc - 1)
		if !ok {
			continue
		}
		frame = Frame{PC: pc - 1, Func: &Func{name: name, file: file, entry: entry}, Function: name, File: file, Line: line, Entry: entry}
		break
	}
	return frame, len(ci.callers) > 0
}
func Stack(buf []byte, all bool) int

// ReadMemStats populates m with memory allocator statistics: those weft's heap
// keeps (the others stay zero). It allocates nothing, so that programs can count
// their own allocations between two calls (Go's test/closure.go does).
func ReadMemStats(m *MemStats) {
	alloc, total, sys, inuse, released, objects, mallocs, frees, next, pause, numGC, forced := readMemStats()
	m.Alloc = alloc
	m.TotalAlloc = total
	m.Sys = sys
	m.Mallocs = mallocs
	m.Frees = frees
	m.HeapAlloc = alloc
	m.HeapSys = sys
	m.HeapIdle = sys - inuse
	m.HeapInuse = inuse
	m.HeapReleased = released
	m.HeapObjects = objects
	m.NextGC = next
	m.PauseTotalNs = pause
	m.NumGC = uint32(numGC)
	m.NumForcedGC = uint32(forced)
	m.EnableGC = true
}

// readMemStats returns the heap's counters. Native.
func readMemStats() (heapAlloc, totalAlloc, heapSys, heapInuse, heapReleased, heapObjects, mallocs, frees, nextGC, pauseTotalNs, numGC, numForcedGC uint64)

// A MemStats records statistics about the memory allocator.
// The interpreter fills in what it can; other fields stay zero.
type MemStats struct {

	// Alloc is bytes of allocated heap objects.
	//
	// This is the same as HeapAlloc (see below).
	Alloc uint64

	// TotalAlloc is cumulative bytes allocated for heap objects.
	//
	// TotalAlloc increases as heap objects are allocated, but
	// unlike Alloc and HeapAlloc, it does not decrease when
	// objects are freed.
	TotalAlloc uint64

	// Sys is the total bytes of memory obtained from the OS.
	//
	// Sys is the sum of the XSys fields below. Sys measures the
	// virtual address space reserved by the Go runtime for the
	// heap, stacks, and other internal data structures. It's
	// likely that not all of the virtual address space is backed
	// by physical memory at any given moment, though in general
	// it all was at some point.
	Sys uint64

	// Lookups is the number of pointer lookups performed by the
	// runtime.
	//
	// This is primarily useful for debugging runtime internals.
	Lookups uint64

	// Mallocs is the cumulative count of heap objects allocated.
	// The number of live objects is Mallocs - Frees.
	Mallocs uint64

	// Frees is the cumulative count of heap objects freed.
	Frees uint64

	// HeapAlloc is bytes of allocated heap objects.
	//
	// "Allocated" heap objects include all reachable objects, as
	// well as unreachable objects that the garbage collector has
	// not yet freed. Specifically, HeapAlloc increases as heap
	// objects are allocated and decreases as the heap is swept
	// and unreachable objects are freed. Sweeping occurs
	// incrementally between GC cycles, so these two processes
	// occur simultaneously, and as a result HeapAlloc tends to
	// change smoothly (in contrast with the sawtooth that is
	// typical of stop-the-world garbage collectors).
	HeapAlloc uint64

	// HeapSys is bytes of heap memory obtained from the OS.
	//
	// HeapSys measures the amount of virtual address space
	// reserved for the heap. This includes virtual address space
	// that has been reserved but not yet used, which consumes no
	// physical memory, but tends to be small, as well as virtual
	// address space for which the physical memory has been
	// returned to the OS after it became unused (see HeapReleased
	// for a measure of the latter).
	//
	// HeapSys estimates the largest size the heap has had.
	HeapSys uint64

	// HeapIdle is bytes in idle (unused) spans.
	//
	// Idle spans have no objects in them. These spans could be
	// (and may already have been) returned to the OS, or they can
	// be reused for heap allocations, or they can be reused as
	// stack memory.
	//
	// HeapIdle minus HeapReleased estimates the amount of memory
	// that could be returned to the OS, but is being retained by
	// the runtime so it can grow the heap without requesting more
	// memory from the OS. If this difference is significantly
	// larger than the heap size, it indicates there was a recent
	// transient spike in live heap size.
	HeapIdle uint64

	// HeapInuse is bytes in in-use spans.
	//
	// In-use spans have at least one object in them. These spans
	// can only be used for other objects of roughly the same
	// size.
	//
	// HeapInuse minus HeapAlloc estimates the amount of memory
	// that has been dedicated to particular size classes, but is
	// not currently being used. This is an upper bound on
	// fragmentation, but in general this memory can be reused
	// efficiently.
	HeapInuse uint64

	// HeapReleased is bytes of physical memory returned to the OS.
	//
	// This counts heap memory from idle spans that was returned
	// to the OS and has not yet been reacquired for the heap.
	HeapReleased uint64

	// HeapObjects is the number of allocated heap objects.
	//
	// Like HeapAlloc, this increases as objects are allocated and
	// decreases as the heap is swept and unreachable objects are
	// freed.
	HeapObjects uint64

	// StackInuse is bytes in stack spans.
	//
	// In-use stack spans have at least one stack in them. These
	// spans can only be used for other stacks of the same size.
	//
	// There is no StackIdle because unused stack spans are
	// returned to the heap (and hence counted toward HeapIdle).
	StackInuse uint64

	// StackSys is bytes of stack memory obtained from the OS.
	//
	// StackSys is StackInuse, plus any memory obtained directly
	// from the OS for OS thread stacks (which should be minimal).
	StackSys uint64

	// MSpanInuse is bytes of allocated mspan structures.
	MSpanInuse uint64

	// MSpanSys is bytes of memory obtained from the OS for mspan
	// structures.
	MSpanSys uint64

	// MCacheInuse is bytes of allocated mcache structures.
	MCacheInuse uint64

	// MCacheSys is bytes of memory obtained from the OS for
	// mcache structures.
	MCacheSys uint64

	// BuckHashSys is bytes of memory in profiling bucket hash tables.
	BuckHashSys uint64

	// GCSys is bytes of memory in garbage collection metadata.
	GCSys uint64

	// OtherSys is bytes of memory in miscellaneous off-heap
	// runtime allocations.
	OtherSys uint64

	// NextGC is the target heap size of the next GC cycle.
	//
	// The garbage collector's goal is to keep HeapAlloc ≤ NextGC.
	// At the end of each GC cycle, the target for the next cycle
	// is computed based on the amount of reachable data and the
	// value of GOGC.
	NextGC uint64

	// LastGC is the time the last garbage collection finished, as
	// nanoseconds since 1970 (the UNIX epoch).
	LastGC uint64

	// PauseTotalNs is the cumulative nanoseconds in GC
	// stop-the-world pauses since the program started.
	//
	// During a stop-the-world pause, all goroutines are paused
	// and only the garbage collector can run.
	PauseTotalNs uint64

	// PauseNs is a circular buffer of recent GC stop-the-world
	// pause times in nanoseconds.
	//
	// The most recent pause is at PauseNs[(NumGC+255)%256]. In
	// general, PauseNs[N%256] records the time paused in the most
	// recent N%256th GC cycle. There may be multiple pauses per
	// GC cycle; this is the sum of all pauses during a cycle.
	PauseNs [256]uint64

	// PauseEnd is a circular buffer of recent GC pause end times,
	// as nanoseconds since 1970 (the UNIX epoch).
	//
	// This buffer is filled the same way as PauseNs. There may be
	// multiple pauses per GC cycle; this records the end of the
	// last pause in a cycle.
	PauseEnd [256]uint64

	// NumGC is the number of completed GC cycles.
	NumGC uint32

	// NumForcedGC is the number of GC cycles that were forced by
	// the application calling the GC function.
	NumForcedGC uint32

	// GCCPUFraction is the fraction of this program's available
	// CPU time used by the GC since the program started.
	//
	// GCCPUFraction is expressed as a number between 0 and 1,
	// where 0 means GC has consumed none of this program's CPU. A
	// program's available CPU time is defined as the integral of
	// GOMAXPROCS since the program started. That is, if
	// GOMAXPROCS is 2 and a program has been running for 10
	// seconds, its "available CPU" is 20 seconds. GCCPUFraction
	// does not include CPU time used for write barrier activity.
	//
	// This is the same as the fraction of CPU reported by
	// GODEBUG=gctrace=1.
	GCCPUFraction float64

	// EnableGC indicates that GC is enabled. It is always true,
	// even if GOGC=off.
	EnableGC bool

	// DebugGC is currently unused.
	DebugGC bool

	// BySize reports per-size class allocation statistics.
	//
	// BySize[N] gives statistics for allocations of size S where
	// BySize[N-1].Size < S ≤ BySize[N].Size.
	//
	// This does not report allocations larger than BySize[60].Size.
	BySize [61]struct {
		// Size is the maximum byte size of an object in this
		// size class.
		Size uint32

		// Mallocs is the cumulative count of heap objects
		// allocated in this size class. The cumulative bytes
		// of allocation is Size*Mallocs. The number of live
		// objects in this size class is Mallocs - Frees.
		Mallocs uint64

		// Frees is the cumulative count of heap objects freed
		// in this size class.
		Frees uint64
	}
}
