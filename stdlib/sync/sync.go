// Package sync declares the weft standard-library surface of Go's sync
// package, in Go over three natives (semacquire, semrelease, throw).
// Zero values of all types are ready to use, as in Go.
//
// Omitted: OnceFunc/OnceValue/OnceValues (Go 1.21).
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Every type here is Go code over the runtime's semaphore (semacquire parks the goroutine
// until a semrelease on the same address hands it a token), as Go's sync is over
// runtime_Semacquire. weft runs goroutines on one worker thread and switches only at blocking
// points and loop back-edges, so these bodies (which have no loops) run without interruption
// and need no atomics; locks hand ownership to the first waiter (FIFO).

// The reasons a goroutine parked in sync shows in a deadlock report (Go's waitReason).
const (
	waitSemacquire = iota
	waitMutexLock
	waitRWMutexRLock
	waitRWMutexLock
	waitCondWait
)

func semacquire(addr *uint32, reason int)
func semrelease(addr *uint32, n int)
func throw(s string)

// A Mutex is a mutual exclusion lock.
// The zero value for a Mutex is an unlocked mutex.
type Mutex struct {
	state   int32 // 1: locked
	sema    uint32
	waiters int32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks
// until the mutex is available.
func (m *Mutex) Lock() {
	if m.state == 0 {
		m.state = 1
		return
	}
	m.waiters++
	// Unlock hands the locked mutex to the first waiter.
	semacquire(&m.sema, waitMutexLock)
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.state != 0 {
		return false
	}
	m.state = 1
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	if m.state == 0 {
		throw("sync: unlock of unlocked mutex")
	}
	if m.waiters > 0 {
		m.waiters--
		semrelease(&m.sema, 1)
		return
	}
	m.state = 0
}

// An RWMutex is a reader/writer mutual exclusion lock. Readers wait while a
// writer holds or waits for the lock, as in Go.
type RWMutex struct {
	w           Mutex  // unused; kept for the declared layout
	writerSem   uint32 // semaphore for writers to wait for completing readers
	readerSem   uint32 // semaphore for readers to wait for completing writers
	readerCount int32  // number of readers holding the lock
	readerWait  int32  // number of readers waiting for a writer to finish
	writer      bool   // a writer holds the lock
	writersWait int32  // number of writers waiting
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	if !rw.writer && rw.readerCount == 0 {
		rw.writer = true
		return
	}
	rw.writersWait++
	semacquire(&rw.writerSem, waitRWMutexLock)
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if !rw.writer && rw.writersWait == 0 {
		rw.readerCount++
		return
	}
	rw.readerWait++
	semacquire(&rw.readerSem, waitRWMutexRLock)
}

// RLocker returns a Locker interface that implements the Lock and Unlock
// methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if rw.readerCount <= 0 {
		throw("sync: RUnlock of unlocked RWMutex")
	}
	rw.readerCount--
	if rw.readerCount == 0 && rw.writersWait > 0 {
		rw.writersWait--
		rw.writer = true
		semrelease(&rw.writerSem, 1)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readerCount > 0 {
		return false
	}
	rw.writer = true
	return true
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.writersWait > 0 {
		return false
	}
	rw.readerCount++
	return true
}

// Unlock unlocks rw for writing. Waiting readers go first, then a waiting writer.
func (rw *RWMutex) Unlock() {
	if !rw.writer {
		throw("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	if rw.readerWait > 0 {
		n := rw.readerWait
		rw.readerWait = 0
		rw.readerCount += n
		semrelease(&rw.readerSem, int(n))
		return
	}
	if rw.writersWait > 0 {
		rw.writersWait--
		rw.writer = true
		semrelease(&rw.writerSem, 1)
	}
}

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state uint64 // high 32 bits are counter, low 32 bits are waiter count.
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the
// counter becomes zero, all goroutines blocked on Wait are released.
func (wg *WaitGroup) Add(delta int) {
	count := int32(wg.state>>32) + int32(delta)
	waiters := uint32(wg.state)
	if count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if count == 0 && waiters > 0 {
		wg.state = 0
		semrelease(&wg.sema, int(waiters))
		return
	}
	wg.state = uint64(uint32(count))<<32 | uint64(waiters)
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.state>>32 == 0 {
		return
	}
	wg.state++
	semacquire(&wg.sema, waitSemacquire)
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once. No call to Do returns until the one
// call to f returns.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}

// Cond implements a condition variable, a rendezvous point
// for goroutines waiting for or announcing the occurrence
// of an event.
type Cond struct {
	// L is held while observing or changing the condition
	L Locker

	sema    uint32
	waiters int32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	if c.waiters > 0 {
		n := c.waiters
		c.waiters = 0
		semrelease(&c.sema, int(n))
	}
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	if c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema, 1)
	}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	c.waiters++
	c.L.Unlock()
	semacquire(&c.sema, waitCondWait)
	c.L.Lock()
}

// Map is like a Go map[any]any but is safe for concurrent use
// by multiple goroutines without additional locking or coordination.
// The zero Map is empty and ready for use.
type Map struct {
	mu Mutex
	m  map[any]any
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// CompareAndSwap swaps the old and new values for key if the value stored in
// the map is equal to old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Load returns the value stored in the map for a key, or nil if no value is
// present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// LoadAndDelete deletes the value for a key, returning the previous value if
// any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

// LoadOrStore returns the existing value for the key if present. Otherwise,
// it stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	return value, false
}

// Range calls f sequentially for each key and value present in the map. If f
// returns false, range stops the iteration. The order is unspecified, as in
// Go.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	m.mu.Unlock()
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	return
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	items []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	// It may not be changed concurrently with calls to Get.
	New func() any
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and
// returns it to the caller; when the pool is empty it returns New() (or nil).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}
