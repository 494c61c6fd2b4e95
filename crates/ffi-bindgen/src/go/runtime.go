
// ---- runtime: buffers, calls and the status protocol shared by every generated call ----

// RustPanicError reports a Rust panic that the library caught at the boundary (it never unwinds into Go). Calls
// that return an error return it; calls that cannot fail panic with it.
type RustPanicError struct {
	// Message is the panic's message.
	Message string
}

func (e *RustPanicError) Error() string { return "rust panic: " + e.Message }

// writer serializes values in UniFFI's buffer format: big-endian numbers, i32 lengths and variant indexes.
type writer struct{ buf []byte }

func (w *writer) u8(v uint8)   { w.buf = append(w.buf, v) }
func (w *writer) u16(v uint16) { w.buf = binary.BigEndian.AppendUint16(w.buf, v) }
func (w *writer) u32(v uint32) { w.buf = binary.BigEndian.AppendUint32(w.buf, v) }
func (w *writer) u64(v uint64) { w.buf = binary.BigEndian.AppendUint64(w.buf, v) }
func (w *writer) i8(v int8)    { w.u8(uint8(v)) }
func (w *writer) i16(v int16)  { w.u16(uint16(v)) }
func (w *writer) i32(v int32)  { w.u32(uint32(v)) }
func (w *writer) i64(v int64)  { w.u64(uint64(v)) }
func (w *writer) f32(v float32) { w.u32(math.Float32bits(v)) }
func (w *writer) f64(v float64) { w.u64(math.Float64bits(v)) }

func (w *writer) boolean(v bool) {
	if v {
		w.u8(1)
	} else {
		w.u8(0)
	}
}

func (w *writer) length(n int) {
	if n > math.MaxInt32 {
		panic(fmt.Sprintf("%d items or bytes do not fit a UniFFI length", n))
	}
	w.i32(int32(n))
}

func (w *writer) str(v string) {
	w.length(len(v))
	w.buf = append(w.buf, v...)
}

func (w *writer) bytes(v []byte) {
	w.length(len(v))
	w.buf = append(w.buf, v...)
}

var unixEpoch = time.Unix(0, 0)

// timestamp writes seconds and nanoseconds from the epoch; before the epoch both count backwards.
func (w *writer) timestamp(t time.Time) {
	if t.Before(unixEpoch) {
		back := unixEpoch.Sub(t)
		w.i64(-int64(back / time.Second))
		w.u32(uint32(back % time.Second))
		return
	}
	w.i64(t.Unix())
	w.u32(uint32(t.Nanosecond()))
}

func (w *writer) duration(d time.Duration) {
	if d < 0 {
		panic("a negative time.Duration cannot cross to Rust")
	}
	w.u64(uint64(d / time.Second))
	w.u32(uint32(d % time.Second))
}

// reader reads what Rust serialized; a short or malformed buffer means the bindings and the library disagree,
// which is a bug, so it panics.
type reader struct {
	buf []byte
	pos int
}

func (r *reader) take(n int) []byte {
	if n < 0 || r.pos+n > len(r.buf) {
		panic(fmt.Sprintf("uniffi buffer too short: need %d bytes at %d of %d", n, r.pos, len(r.buf)))
	}
	out := r.buf[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *reader) u8() uint8     { return r.take(1)[0] }
func (r *reader) u16() uint16   { return binary.BigEndian.Uint16(r.take(2)) }
func (r *reader) u32() uint32   { return binary.BigEndian.Uint32(r.take(4)) }
func (r *reader) u64() uint64   { return binary.BigEndian.Uint64(r.take(8)) }
func (r *reader) i8() int8      { return int8(r.u8()) }
func (r *reader) i16() int16    { return int16(r.u16()) }
func (r *reader) i32() int32    { return int32(r.u32()) }
func (r *reader) i64() int64    { return int64(r.u64()) }
func (r *reader) f32() float32  { return math.Float32frombits(r.u32()) }
func (r *reader) f64() float64  { return math.Float64frombits(r.u64()) }
func (r *reader) boolean() bool { return r.u8() != 0 }
func (r *reader) length() int   { return int(r.i32()) }
func (r *reader) str() string   { return string(r.take(r.length())) }

func (r *reader) bytes() []byte {
	return append([]byte(nil), r.take(r.length())...)
}

func (r *reader) timestamp() time.Time {
	seconds := r.i64()
	nanos := int64(r.u32())
	if seconds < 0 {
		return time.Unix(seconds, -nanos)
	}
	return time.Unix(seconds, nanos)
}

func (r *reader) duration() time.Duration {
	seconds := r.u64()
	nanos := r.u32()
	return time.Duration(seconds)*time.Second + time.Duration(nanos)
}

func (r *reader) done() {
	if r.pos != len(r.buf) {
		panic(fmt.Sprintf("uniffi buffer has %d bytes left over", len(r.buf)-r.pos))
	}
}

// lowerBytes copies b into a buffer that Rust owns (the callee frees it).
func lowerBytes(b []byte) C.RustBuffer {
	var data unsafe.Pointer
	if len(b) > 0 {
		// A C copy, so that no Go pointer is handed to C.
		data = C.CBytes(b)
		defer C.free(data)
	}
	var status C.RustCallStatus
	buf := rustBufferFromBytes(C.ForeignBytes{len: C.int32_t(len(b)), data: (*C.uint8_t)(data)}, &status)
	if status.code != 0 {
		panic("cannot allocate a RustBuffer")
	}
	return buf
}

// liftBytes copies a buffer Rust handed over and frees it.
func liftBytes(buf C.RustBuffer) []byte {
	out := C.GoBytes(unsafe.Pointer(buf.data), C.int(buf.len))
	var status C.RustCallStatus
	rustBufferFree(buf, &status)
	return out
}

func lowerWith[T any](v T, write func(*writer, T)) C.RustBuffer {
	w := &writer{}
	write(w, v)
	return lowerBytes(w.buf)
}

func liftWith[T any](buf C.RustBuffer, read func(*reader) T) T {
	r := &reader{buf: liftBytes(buf)}
	v := read(r)
	r.done()
	return v
}

func lowerString(v string) C.RustBuffer { return lowerBytes([]byte(v)) }
func liftString(buf C.RustBuffer) string { return string(liftBytes(buf)) }

func lowerBool(v bool) C.int8_t {
	if v {
		return 1
	}
	return 0
}

// checkStatus turns a call's status into an error: the declared error (lifted by liftErr), a caught panic, or a
// status this generator does not know.
func checkStatus(status *C.RustCallStatus, liftErr func(C.RustBuffer) error) error {
	switch status.code {
	case 0:
		return nil
	case 1:
		if liftErr == nil {
			liftBytes(status.errorBuf)
			return &RustPanicError{Message: "an error from a call that declares none"}
		}
		return liftErr(status.errorBuf)
	case 2:
		return &RustPanicError{Message: liftString(status.errorBuf)}
	default:
		return fmt.Errorf("unknown uniffi call status %d", status.code)
	}
}

// mustSucceed is checkStatus for calls that declare no error: a caught Rust panic becomes a Go panic.
func mustSucceed(status *C.RustCallStatus) {
	if err := checkStatus(status, nil); err != nil {
		panic(err)
	}
}

// ---- runtime: async calls, driving UniFFI's futures ----

// The answers of a future's continuation: ready to complete, or woken (poll again).
const (
	futurePollReady = 0
	futurePollWake  = 1
)

// rustFuture holds the C functions of futures whose value crosses as F.
type rustFuture[F any] struct {
	poll     func(handle, data C.uint64_t)
	cancel   func(handle C.uint64_t)
	free     func(handle C.uint64_t)
	complete func(handle C.uint64_t, status *C.RustCallStatus) F
}

// The goroutines awaiting a future, by the callback data their polls pass: Rust calls the continuation with it,
// from whichever thread woke the future (a Rust thread, or the polling goroutine itself).
var (
	futureWaitersMu sync.Mutex
	futureWaiters   = map[uint64]chan int8{}
	futureNextID    uint64
)

// uniffiFutureContinuation is the continuation of every poll. Each poll is answered once (by a wake, at once when
// the future is ready, or by cancel); a call that gave up has removed its channel, and its answer is dropped.
//
//export uniffiFutureContinuation
func uniffiFutureContinuation(data C.uint64_t, pollResult C.int8_t) {
	futureWaitersMu.Lock()
	wake := futureWaiters[uint64(data)]
	futureWaitersMu.Unlock()
	if wake == nil {
		return
	}
	select {
	case wake <- int8(pollResult):
	default:
	}
}

// awaitFuture drives the future `handle` until it is ready and returns its value, or the call's error (lifted by
// liftErr; a panic arrives as a *RustPanicError). When ctx ends first, the future is cancelled and freed (Rust
// drops it, so its work stops) and the context's error is returned. The future is freed in every case.
func awaitFuture[F any](ctx context.Context, f rustFuture[F], handle C.uint64_t, liftErr func(C.RustBuffer) error) (F, error) {
	var zero F
	wake := make(chan int8, 1)
	futureWaitersMu.Lock()
	futureNextID++
	id := futureNextID
	futureWaiters[id] = wake
	futureWaitersMu.Unlock()
	defer func() {
		futureWaitersMu.Lock()
		delete(futureWaiters, id)
		futureWaitersMu.Unlock()
	}()
	for ready := false; !ready; {
		f.poll(handle, C.uint64_t(id))
		select {
		case result := <-wake:
			ready = result == futurePollReady
		case <-ctx.Done():
			// A future that became ready meanwhile is completed, not thrown away with its value.
			select {
			case result := <-wake:
				if result == futurePollReady {
					ready = true
					continue
				}
			default:
			}
			f.cancel(handle)
			f.free(handle)
			return zero, ctx.Err()
		}
	}
	var status C.RustCallStatus
	v := f.complete(handle, &status)
	f.free(handle)
	if err := checkStatus(&status, liftErr); err != nil {
		return zero, err
	}
	return v, nil
}
