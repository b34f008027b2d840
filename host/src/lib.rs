//! isola: run Python in isolated subinterpreters, each in its own wasm instance (or, natively,
//! its own thread), with the runtime's limits enforced on every backend.
//!
//! ```no_run
//! # fn main() -> Result<(), isola::Error> {
//! let rt = isola::Runtime::builder().limits(isola::Limits::default()).build()?;
//! let interp = rt.create()?; // its own wasm instance, thread and lock
//! interp.exec("x = 40 + 2")?;
//! interp.exec("print(x)")?; // prints 42 on the process's stdout
//! # Ok(())
//! # }
//! ```
//!
//! The types, one paragraph each: [`Runtime`] (the compiled guest and the shared configuration,
//! built once per process), [`Interpreter`] (one isolated Python interpreter), [`Queue`] (a FIFO
//! of shareable values between interpreters), [`Shareable`] (the immutable values that cross:
//! None, bool, int, float, str, bytes, tuples of these and queue handles), [`Limits`] (what one
//! interpreter may consume; a child that Python creates never gets more than its creator),
//! [`Error`] (why a call failed), [`Sink`] (where output goes), [`Stdin`] (where input comes
//! from), [`InterruptHandle`] (raises `KeyboardInterrupt` in an interpreter's running code from
//! another thread, as Ctrl-C does).
//!
//! Interpreters, queues, limits and errors together, on the native backend (the same code runs
//! under wasmtime, the default):
//!
//! ```
//! # fn main() -> Result<(), isola::Error> {
//! use isola::{Backend, Error, LimitKind, Limits, Runtime, Shareable};
//! let limits = Limits { max_instructions: Some(1_000_000), ..Limits::default() };
//! let rt = Runtime::builder().backend(Backend::Native).limits(limits).build()?;
//! let interp = rt.create()?;
//! let q = rt.create_queue(0);
//! interp.prepare_main([("q", q.clone().into())])?;
//! // Python creates a child interpreter, runs code in it, and hears back through the queue.
//! interp.exec(
//!     "import interpreters\n\
//!      child = interpreters.create()\n\
//!      child.prepare_main(q=q)\n\
//!      child.exec('q.put((\"from the child\", 6 * 7))')",
//! )?;
//! assert_eq!(
//!     q.get()?,
//!     Shareable::Tuple(vec!["from the child".into(), Shareable::Int(42)])
//! );
//! // A limit ends a run with an error that Python cannot catch.
//! let error = interp.exec("while True: pass").unwrap_err();
//! assert!(matches!(error, Error::Limit { kind: LimitKind::Instructions, .. }));
//! # Ok(())
//! # }
//! ```

mod backend;
mod error;
mod input;
mod interpreter;
mod interrupt;
mod mounts;
mod native;
mod output;
mod queue;
mod registry;
mod runtime;
mod wasm;
mod worker;

pub use error::Error;

/// Fill `buf` from the operating system's entropy. Should that ever fail, the bytes come from the
/// clock instead: a sandboxed program's `random` seed is never a reason to fail a run.
pub(crate) fn fill_random(buf: &mut [u8]) {
    if getrandom::fill(buf).is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        for (i, b) in buf.iter_mut().enumerate() {
            *b = (nanos >> ((i % 16) * 8)) as u8 ^ i as u8;
        }
    }
}
pub use backend::Kind as Backend;
pub use input::Stdin;
pub use interpreter::Interpreter;
pub use interrupt::InterruptHandle;
pub use isola_runtime::syntax::{check_interactive, InputStatus};
pub use isola_runtime::{LimitKind, Limits, Shareable, Stream};
pub use output::Sink;
pub use queue::Queue;
pub use registry::HostFunction;
pub use runtime::{Runtime, RuntimeBuilder};

// Embedders move and share these across threads: keep them `Send + Sync`.
const _: fn() = || {
    fn check<T: Send + Sync>() {}
    check::<Runtime>();
    check::<Interpreter>();
    check::<InterruptHandle>();
    check::<Error>();
    check::<Queue>();
};
