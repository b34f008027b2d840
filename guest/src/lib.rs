//! isola-guest: the isola runtime as a wasm32 module, one interpreter per instance.
//!
//! The module is built for `wasm32-unknown-unknown` (no WASI): every effect goes through the
//! host imports below, so an instance can do nothing its host did not hand it. `host/build.rs`
//! builds it and the `isola` crate embeds it. On any other target this crate only provides
//! [`abi`], the byte format shared with the host.
//!
//! # ABI
//!
//! Pointers and lengths are `i32` offsets and byte counts in the instance's exported `memory`.
//! Strings are UTF-8.
//!
//! Imports, all from module `"isola"`:
//!
//! | import | signature | effect |
//! |---|---|---|
//! | `write` | `(stream: i32, ptr: i32, len: i32)` | write bytes to [`abi::STREAM_STDOUT`] or [`abi::STREAM_STDERR`] |
//! | `monotonic_ns` | `() -> i64` | a monotonic clock in nanoseconds (any origin) |
//! | `wall_time` | `() -> f64` | seconds since the Unix epoch |
//! | `sleep_until` | `(until_ns: i64)` | block until `monotonic_ns` reaches `until_ns` (may return earlier; the guest never asks past its deadline) |
//! | `flush` | `(stream: i32)` | the program flushed that stream: pass on what it wrote now |
//! | `take_interrupt` | `() -> i32` | 1 if the embedder interrupted the run (Ctrl-C) since the last call, clearing the request; the guest raises `KeyboardInterrupt` (polled with the deadline, and after each `sleep_until`, which an interrupt ends early) |
//! | `read_stdin` | `(ptr: i32, max: i32) -> i32` | read up to `max` bytes of standard input into guest memory at `ptr`, blocking until some arrive; returns how many (0: end of input) |
//! | `random` | `(ptr, len)` | fill guest memory `ptr..ptr+len` with random bytes |
//! | `request` | `(ptr: i32, len: i32) -> i32` | a postcard `Request` about interpreters or queues; returns the length of the postcard `Reply` the host now holds (negative: refused) |
//! | `reply` | `(ptr: i32)` | copy the pending reply into guest memory at `ptr` |
//! | `panic` | `(ptr: i32, len: i32)` | the message of a guest panic, sent just before the instance traps |
//!
//! Exports:
//!
//! | export | signature | meaning |
//! |---|---|---|
//! | `memory` | memory | the instance's linear memory |
//! | `isola_init` | `(max_instructions: i64, max_heap_bytes: i64, max_recursion: i32, max_output_bytes: i64, timeout_ns: i64) -> i32` | create the interpreter (replacing any previous one); a negative limit means unlimited; returns a status |
//! | `isola_alloc` | `(len: i32) -> i32` | allocate `len` bytes for the host to write into; 0 if out of memory |
//! | `isola_free` | `(ptr: i32, len: i32)` | free a block from `isola_alloc` |
//! | `isola_exec` | `(src_ptr: i32, src_len: i32, name_ptr: i32, name_len: i32) -> i32` | run the source as `__main__` (the buffers stay the host's to free); returns a status |
//! | `isola_invoke` | `(ptr: i32, len: i32) -> i32` | run a postcard `Invocation` (`prepare_main`, a shared call, module sources to add, `finish`, or an interactive statement); on success the record holds the postcard result |
//! | `isola_error_ptr`, `isola_error_len` | `() -> i32` | the error record of the last non-zero status, valid until the next call of `isola_init` or `isola_exec` |
//!
//! Statuses are [`abi::STATUS_OK`], [`abi::STATUS_EXCEPTION`], [`abi::STATUS_EXIT`],
//! [`abi::STATUS_LIMIT`] and [`abi::STATUS_ABI_ERROR`]; [`abi::decode_error`] turns a status and
//! its record back into an `ExecError`.
//!
//! Rules for the host: call no export while one of its imports is running (the guest is not
//! re-entrant), and throw the instance away after any trap (its heap may be half-updated).

pub mod abi;

#[cfg(target_arch = "wasm32")]
mod exports;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: isola_runtime::small_blocks::SmallBlocks =
    isola_runtime::small_blocks::SmallBlocks::new();
