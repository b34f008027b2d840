//! The wasm32 side of the ABI: the host imports, the instance's single interpreter slot and the
//! exported functions documented in the crate root.

use std::alloc::{alloc, dealloc, Layout};
use std::cell::UnsafeCell;

use isola_runtime::{Host, HostError, Interpreter, Invocation, Limits, Reply, Request, Stream};

use crate::abi;

#[link(wasm_import_module = "isola")]
extern "C" {
    #[link_name = "write"]
    fn host_write(stream: i32, ptr: *const u8, len: usize);
    #[link_name = "monotonic_ns"]
    fn host_monotonic_ns() -> i64;
    #[link_name = "wall_time"]
    fn host_wall_time() -> f64;
    #[link_name = "sleep_until"]
    fn host_sleep_until(until_ns: i64);
    #[link_name = "flush"]
    fn host_flush(stream: i32);
    #[link_name = "take_interrupt"]
    fn host_take_interrupt() -> i32;
    #[link_name = "read_stdin"]
    fn host_read_stdin(ptr: *mut u8, max: usize) -> usize;
    #[link_name = "random"]
    fn host_random(ptr: *mut u8, len: usize);
    #[link_name = "request"]
    fn host_request(ptr: *const u8, len: usize) -> i32;
    #[link_name = "reply"]
    fn host_reply(ptr: *mut u8);
    #[link_name = "panic"]
    fn host_panic(ptr: *const u8, len: usize);
}

/// The runtime's view of the host: each method is one import call.
struct ImportHost;

impl Host for ImportHost {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        // SAFETY: the pointer and length describe `data`, live for the whole call; the host only
        // reads them.
        unsafe { host_write(abi::stream_code(stream), data.as_ptr(), data.len()) }
    }

    fn monotonic_ns(&mut self) -> u64 {
        // SAFETY: the import takes no arguments and touches no guest memory.
        let ns = unsafe { host_monotonic_ns() };
        u64::try_from(ns).unwrap_or(0)
    }

    fn wall_time(&mut self) -> f64 {
        // SAFETY: the import takes no arguments and touches no guest memory.
        unsafe { host_wall_time() }
    }

    fn sleep_until(&mut self, until_ns: u64) {
        // SAFETY: the import takes a number and touches no guest memory.
        unsafe { host_sleep_until(i64::try_from(until_ns).unwrap_or(i64::MAX)) }
    }

    fn flush(&mut self, stream: Stream) {
        // SAFETY: the import takes a stream code and touches no guest memory.
        unsafe { host_flush(abi::stream_code(stream)) }
    }

    fn take_interrupt(&mut self) -> bool {
        // SAFETY: the import takes no arguments and touches no guest memory.
        unsafe { host_take_interrupt() != 0 }
    }

    fn read_stdin(&mut self, max: usize) -> Vec<u8> {
        let mut buf = vec![0u8; max];
        // SAFETY: the pointer and length describe `buf`, live and exclusively borrowed for the
        // whole call; the host writes only inside it and returns how many bytes it wrote.
        let n = unsafe { host_read_stdin(buf.as_mut_ptr(), buf.len()) };
        buf.truncate(n);
        buf
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        // SAFETY: the pointer and length describe `buf`, live and exclusively borrowed for the
        // whole call; the host only writes inside it.
        unsafe { host_random(buf.as_mut_ptr(), buf.len()) }
    }

    fn interpreters(&mut self, request: Request) -> Reply {
        let bytes = isola_runtime::encode(&request);
        // SAFETY: the pointer and length describe `bytes`, live for the whole call; the host
        // only reads them.
        let len = unsafe { host_request(bytes.as_ptr(), bytes.len()) };
        let Ok(len) = usize::try_from(len) else {
            return Err(HostError::Interpreter(
                "the host refused the request".into(),
            ));
        };
        let mut reply = vec![0u8; len];
        // SAFETY: `reply` has exactly the length the host announced for its pending reply, and
        // the host writes only that many bytes into it.
        unsafe { host_reply(reply.as_mut_ptr()) }
        isola_runtime::decode(&reply).unwrap_or_else(|| {
            Err(HostError::Interpreter(
                "the host sent a malformed reply".into(),
            ))
        })
    }
}

/// What one instance holds: its interpreter and the record of the last error.
struct Guest {
    interpreter: Interpreter,
    error: Vec<u8>,
}

/// The instance's one interpreter slot: the documented exception to "no global state", since one
/// wasm instance is one interpreter.
struct Slot(UnsafeCell<Option<Guest>>);

// SAFETY: this module is compiled only for wasm32 without the `atomics` feature (see the
// `compile_error!` below), where an instance has exactly one thread, so the slot is never touched
// from two threads.
unsafe impl Sync for Slot {}

#[cfg(target_feature = "atomics")]
compile_error!("isola-guest assumes a single-threaded wasm32 target: build without `atomics`");

static SLOT: Slot = Slot(UnsafeCell::new(None));

/// Run `f` with the slot borrowed mutably.
fn with_slot<R>(f: impl FnOnce(&mut Option<Guest>) -> R) -> R {
    // SAFETY: the instance is single-threaded, and every borrow of the slot happens inside one
    // export call, which the ABI forbids the host from re-entering (no export is called while an
    // import runs); the panic hook does not touch the slot. So this is the only live reference.
    f(unsafe { &mut *SLOT.0.get() })
}

/// Store an error record in the slot and return its status.
fn record_error(guest: &mut Guest, (status, record): (i32, Vec<u8>)) -> i32 {
    guest.error = record;
    status
}

/// Create the interpreter, replacing any previous one. A negative limit is unlimited, except
/// `max_recursion`, where a negative value counts as 0.
#[unsafe(no_mangle)]
pub extern "C" fn isola_init(
    max_instructions: i64,
    max_heap_bytes: i64,
    max_recursion: i32,
    max_output_bytes: i64,
    timeout_ns: i64,
) -> i32 {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload_as_str().unwrap_or("(no message)");
        let message = match info.location() {
            Some(location) => format!("{payload} (at {location})"),
            None => payload.to_string(),
        };
        // SAFETY: the pointer and length describe `message`, live for the whole call.
        unsafe { host_panic(message.as_ptr(), message.len()) }
    }));
    let limits = Limits {
        max_instructions: abi::limit_from_wire(max_instructions),
        max_heap_bytes: abi::limit_from_wire(max_heap_bytes),
        max_recursion: u32::try_from(max_recursion).unwrap_or(0),
        max_output_bytes: abi::limit_from_wire(max_output_bytes),
        timeout_ns: abi::limit_from_wire(timeout_ns),
    };
    with_slot(|slot| {
        // Drop the old interpreter before building the new one, so that both never coexist.
        *slot = None;
        *slot = Some(Guest {
            interpreter: Interpreter::new(limits, Box::new(ImportHost)),
            error: Vec::new(),
        });
    });
    abi::STATUS_OK
}

/// Allocate `len` bytes for the host to fill; 0 when out of memory.
#[unsafe(no_mangle)]
pub extern "C" fn isola_alloc(len: usize) -> *mut u8 {
    match Layout::from_size_align(len, 1) {
        // A zero-sized block needs no memory: any non-null pointer will do.
        Ok(_) if len == 0 => std::ptr::NonNull::<u8>::dangling().as_ptr(),
        // SAFETY: the layout has a non-zero size.
        Ok(layout) => unsafe { alloc(layout) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// Free a block returned by `isola_alloc`.
///
/// # Safety
/// `ptr` and `len` must come from one `isola_alloc` call, and the block must not be freed twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn isola_free(ptr: *mut u8, len: usize) {
    if len == 0 || ptr.is_null() {
        return;
    }
    if let Ok(layout) = Layout::from_size_align(len, 1) {
        // SAFETY: the caller guarantees the block came from `isola_alloc(len)`, which used this
        // very layout.
        unsafe { dealloc(ptr, layout) }
    }
}

/// Run a source as `__main__`. Returns a status; see the crate root.
///
/// # Safety
/// Both pointer and length pairs must describe readable bytes in this instance's memory that stay
/// untouched for the whole call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn isola_exec(
    src_ptr: *const u8,
    src_len: usize,
    name_ptr: *const u8,
    name_len: usize,
) -> i32 {
    // SAFETY: forwarded from this function's contract.
    let (source, filename) = unsafe { (bytes_at(src_ptr, src_len), bytes_at(name_ptr, name_len)) };
    with_slot(|slot| {
        let Some(guest) = slot else {
            return abi::STATUS_ABI_ERROR;
        };
        let (Ok(source), Ok(filename)) =
            (std::str::from_utf8(source), std::str::from_utf8(filename))
        else {
            return record_error(
                guest,
                abi::encode_abi_error("source or filename is not UTF-8"),
            );
        };
        match guest.interpreter.exec(source, filename) {
            Ok(()) => abi::STATUS_OK,
            Err(error) => record_error(guest, abi::encode_error(&error)),
        }
    })
}

/// Run an [`Invocation`] (postcard bytes): `prepare_main`, a shared call, module sources to
/// add, `finish` or an interactive statement. On success the error record holds the postcard bytes of the result (a `Shareable`);
/// otherwise a status and record as for `isola_exec`.
///
/// # Safety
/// The pointer and length must describe readable bytes in this instance's memory that stay
/// untouched for the whole call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn isola_invoke(ptr: *const u8, len: usize) -> i32 {
    // SAFETY: forwarded from this function's contract.
    let bytes = unsafe { bytes_at(ptr, len) };
    with_slot(|slot| {
        let Some(guest) = slot else {
            return abi::STATUS_ABI_ERROR;
        };
        let Some(invocation) = isola_runtime::decode::<Invocation>(bytes) else {
            return record_error(guest, abi::encode_abi_error("malformed invocation"));
        };
        let result = guest.interpreter.invoke(invocation);
        match result {
            Ok(value) => {
                guest.error = isola_runtime::encode(&value);
                abi::STATUS_OK
            }
            Err(error) => record_error(guest, abi::encode_error(&error)),
        }
    })
}

/// View `len` bytes at `ptr`, treating an empty range as empty whatever the pointer.
///
/// # Safety
/// A non-empty range must be readable and unmodified for the returned lifetime.
unsafe fn bytes_at<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 || ptr.is_null() {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts(ptr, len) }
}

/// Where the record of the last error starts (0 before any interpreter exists).
#[unsafe(no_mangle)]
pub extern "C" fn isola_error_ptr() -> *const u8 {
    with_slot(|slot| {
        slot.as_ref()
            .map_or(std::ptr::null(), |guest| guest.error.as_ptr())
    })
}

/// The length of the record of the last error.
#[unsafe(no_mangle)]
pub extern "C" fn isola_error_len() -> usize {
    with_slot(|slot| slot.as_ref().map_or(0, |guest| guest.error.len()))
}
