//! The public types around `Interpreter`: `Limits`, `Host`, `Stream` and `ExecError`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::share::{HostError, Reply, Request};

/// Which output stream a write goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Everything the runtime needs from the outside world. Each backend implements it: the native
/// host with the process's stdout, the wasm guest with host imports, the browser with callbacks.
pub trait Host {
    /// Write bytes to stdout or stderr.
    fn write(&mut self, stream: Stream, data: &[u8]);
    /// A monotonic clock in nanoseconds, for `time.monotonic` and the deadline.
    fn monotonic_ns(&mut self) -> u64;
    /// Wall-clock time in seconds since the Unix epoch.
    fn wall_time(&mut self) -> f64;
    /// Block until `monotonic_ns()` reaches `until_ns`; returning earlier is allowed (the
    /// runtime checks the clock and calls again). The runtime never asks past its deadline, so
    /// every wait it makes (`time.sleep`, a timed lock or thread wait) ends when the limit does.
    /// The default spins on the clock; hosts that can sleep (a thread, `Atomics.wait`) should.
    fn sleep_until(&mut self, until_ns: u64) {
        while self.monotonic_ns() < until_ns {
            std::hint::spin_loop();
        }
    }
    /// Push what was written to `stream` so far to its destination now: `print(flush=True)`,
    /// `sys.stdout.flush()`. Hosts that buffer output must not hold it past this call.
    fn flush(&mut self, stream: Stream) {
        let _ = stream;
    }
    /// Read up to `max` bytes of standard input (`sys.stdin`, `input()`), blocking until some
    /// arrive; empty at the end of input, after which the runtime does not ask again. The
    /// runtime checks its deadline before and after the call, so a host that blocks past it ends
    /// the run with the time limit once the read returns. The default has no input: EOF at once.
    fn read_stdin(&mut self, max: usize) -> Vec<u8> {
        let _ = max;
        Vec::new()
    }
    /// Whether the embedder asked to interrupt the running code (Ctrl-C) since the last call,
    /// clearing the request: true at most once per request. The runtime asks each time the
    /// dispatch loop's slice of fuel runs out (as often as it checks the deadline) and around
    /// every wait, and raises `KeyboardInterrupt` in the main thread when told yes; a host that
    /// can be interrupted makes its [`Host::sleep_until`] return early on a request. The
    /// default never interrupts.
    fn take_interrupt(&mut self) -> bool {
        false
    }
    /// Fill `buf` with random bytes: the seed of `random` and the bytes of `uuid4`. A host that
    /// wants deterministic runs fills it from a fixed seed.
    fn random_bytes(&mut self, buf: &mut [u8]);
    /// Answer a request about other interpreters, queues or host functions (the `interpreters`
    /// module's operations; see [`Request`]). A host without subinterpreters keeps this default,
    /// which Python sees as `InterpreterError`.
    fn interpreters(&mut self, request: Request) -> Reply {
        let _ = request;
        Err(HostError::NotSupported)
    }
}

/// Resource limits counted by the VM. `None` is unlimited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytecode instructions executed, across all `exec` calls.
    pub max_instructions: Option<u64>,
    /// Bytes of live heap objects, as the runtime accounts them.
    pub max_heap_bytes: Option<u64>,
    /// Python call depth; beyond it the VM raises `RecursionError` (catchable, as in CPython).
    pub max_recursion: u32,
    /// Bytes written to stdout and stderr together.
    pub max_output_bytes: Option<u64>,
    /// Wall-clock nanoseconds that one `exec` may run, measured with `Host::monotonic_ns`.
    pub timeout_ns: Option<u64>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_instructions: None,
            max_heap_bytes: None,
            max_recursion: 1000,
            max_output_bytes: None,
            timeout_ns: None,
        }
    }
}

/// The limit that ended a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LimitKind {
    Instructions,
    HeapBytes,
    OutputBytes,
    Timeout,
}

impl LimitKind {
    pub fn name(self) -> &'static str {
        match self {
            LimitKind::Instructions => "instruction limit",
            LimitKind::HeapBytes => "memory limit",
            LimitKind::OutputBytes => "output limit",
            LimitKind::Timeout => "time limit",
        }
    }
}

/// Why `exec` did not complete normally.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ExecError {
    /// An uncaught Python exception (SyntaxError included). `traceback` is the whole text CPython
    /// would print on stderr, ending in a newline; `type_name` and `message` are its last line.
    Exception {
        type_name: String,
        message: String,
        traceback: String,
    },
    /// `SystemExit` with this status.
    Exit(i32),
    /// A limit was hit; Python code cannot catch this.
    Limit { kind: LimitKind, detail: String },
}

impl fmt::Display for ExecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExecError::Exception {
                type_name, message, ..
            } if message.is_empty() => write!(f, "{type_name}"),
            ExecError::Exception {
                type_name, message, ..
            } => write!(f, "{type_name}: {message}"),
            ExecError::Exit(code) => write!(f, "SystemExit({code})"),
            ExecError::Limit { kind, detail } => write!(f, "{} exceeded: {detail}", kind.name()),
        }
    }
}

impl std::error::Error for ExecError {}
