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
//! built once per process), [`Interpreter`] (one isolated Python interpreter), [`Limits`] (what
//! one interpreter may consume), [`Error`] (why a call failed), [`Sink`] (where output goes).

mod error;
mod interpreter;
mod native;
mod output;
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
pub use interpreter::Interpreter;
pub use isola_runtime::{LimitKind, Limits, Stream};
pub use output::Sink;
pub use runtime::{Backend, Runtime, RuntimeBuilder};

// Embedders move and share these across threads: keep them `Send + Sync`.
const _: fn() = || {
    fn check<T: Send + Sync>() {}
    check::<Runtime>();
    check::<Interpreter>();
    check::<Error>();
};
