//! The seam between an interpreter's thread and the machinery that runs its Python. A
//! [`Backend`] (native or wasmtime) builds [`Instance`]s; the thread that serves an interpreter
//! (`worker.rs`) drives its instance through that trait alone; and an instance answers what its
//! program asks of the host through the [`Services`] it was built with, which the registry
//! provides. So the backends know nothing of the registry, and the registry nothing of the
//! backends: the split of wasmtime's `Linker`, which builds instances over a `Store<T>` whose
//! host state `T` it does not know.

use std::sync::Arc;
use std::time::Duration;

use isola_runtime::{CallSpec, Limits, Reply, Request, Shareable};

use crate::input::Stdin;
use crate::interrupt::Interrupt;
use crate::output::Sink;
use crate::Error;

/// Which machinery runs an interpreter's Python (exported as `isola::Backend`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// Each interpreter is its own wasm instance under wasmtime: a memory wall, and a crash in
    /// one traps that instance only. The default, and the one for untrusted code.
    #[default]
    Wasmtime,
    /// Each interpreter is a plain Rust value on its own thread: the fastest to create and run,
    /// isolated by the runtime's own limits and Rust's ownership, for code you trust.
    Native,
}

/// What builds the interpreters of one runtime, shared by all of them and immutable once built.
pub(crate) trait Backend: Send + Sync {
    /// Which backend this is, as [`Runtime::backend`](crate::Runtime::backend) reports it.
    fn kind(&self) -> Kind;

    /// The stack that an interpreter's thread needs.
    fn thread_stack_bytes(&self) -> usize;

    /// How long a thread that waits for an interpreter's thread (or that thread for its next
    /// job) spins before it sleeps: a reply that comes within it skips the sleep and the
    /// wake-up, which cost tens of microseconds each.
    fn spin(&self) -> Duration;

    /// Build an interpreter. Called on the thread that will run it, which the instance never
    /// leaves.
    fn instantiate(self: Arc<Self>, setup: Setup) -> Result<Box<dyn Instance>, Error>;
}

/// One interpreter as its thread runs it. Each call runs to completion on that thread; a call
/// that breaks the interpreter (a trap, a panic) returns [`Error::Trap`] and the next call runs
/// in a fresh one.
pub(crate) trait Instance {
    /// Run `source` in `__main__`.
    fn exec(&mut self, source: &str, filename: &str) -> Result<(), Error>;

    /// Run one statement as the interactive prompt does.
    fn exec_interactive(&mut self, source: &str, filename: &str) -> Result<(), Error>;

    /// Bind shared values in `__main__`.
    fn prepare_main(&mut self, names: Vec<(String, Shareable)>) -> Result<(), Error>;

    /// End the program as CPython's shutdown does.
    fn finish(&mut self) -> Result<(), Error>;

    /// Call a function sent by source, returning its shared result.
    fn call(&mut self, spec: CallSpec) -> Result<Shareable, Error>;
}

/// What an interpreter's program asks of the host beyond its output, clock and input: each
/// call runs on the interpreter's thread.
pub(crate) trait Services: Send {
    /// Seconds since the Unix epoch, or the runtime's frozen time.
    fn wall_time(&self) -> f64;

    /// Random bytes, from the system or the runtime's seeded generator.
    fn fill_random(&mut self, buf: &mut [u8]);

    /// Answer a request of the `interpreters` module, a host function or a mount. A blocking
    /// request blocks this interpreter only.
    fn handle(&mut self, request: Request) -> Reply;
}

/// Everything a backend needs to build one interpreter.
pub(crate) struct Setup {
    pub(crate) limits: Limits,
    /// Where its output goes (`None`: the process's stdout and stderr).
    pub(crate) sink: Option<Sink>,
    /// Its standard input (`None`: EOF).
    pub(crate) stdin: Option<Stdin>,
    /// Its interrupt request (Ctrl-C), which ends its sleeps and which it raises in its code.
    pub(crate) interrupt: Arc<Interrupt>,
    pub(crate) services: Box<dyn Services>,
}
