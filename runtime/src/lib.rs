//! isola-runtime: a stackless Python VM whose every piece of state hangs off one `Interpreter`.
//!
//! The crate does no I/O of its own: output, clocks and randomness come through the [`Host`]
//! trait, so the same code runs natively, inside a wasm guest and in a browser worker.

pub mod syntax;

mod api;
mod builtins;
mod bytecode;
mod compile;
mod fuel;
mod gc;
mod heap;
mod interp;
mod modules;
pub mod num;
mod object;
mod ops;
mod share;
mod value;
mod vm;

pub use api::{ExecError, Host, LimitKind, Limits, Stream};
pub use interp::Interpreter;
pub use share::{
    decode, encode, CallSpec, ChildLimits, FsRequest, HostError, Invocation, ModuleSource, Reply,
    Request, Shareable, MAX_PROGRAM_QUEUES,
};

pub(crate) use interp::PyResult;

/// The license of CPython's standard library, parts of which the runtime embeds (see
/// `runtime/cpython_lib.rs`), followed by Debian's copyright file for the packages they come
/// from. A program that ships the runtime ships this notice.
pub const CPYTHON_LICENSE: &str = modules::stdlib::CPYTHON_LICENSE;
