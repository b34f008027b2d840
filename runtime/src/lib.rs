//! isola-runtime: a stackless Python VM whose every piece of state hangs off one `Interpreter`.
//!
//! The crate does no I/O of its own: output, clocks and randomness come through the [`Host`]
//! trait, so the same code runs natively, inside a wasm guest and in a browser worker.

pub mod syntax;

mod api;
mod builtins;
mod bytecode;
mod code_bytes;
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
/// The allocator of the single-threaded wasm32 builds (the guest and the browser's module);
/// compiled everywhere so that its tests run natively.
pub mod small_blocks;
mod value;
mod vm;

pub use api::{ExecError, Host, LimitKind, Limits, Stream};
pub use interp::Interpreter;
pub use share::{
    decode, encode, CallSpec, ChildLimits, FsRequest, HostError, Invocation, ModuleSource, Reply,
    Request, Shareable, MAX_PROGRAM_QUEUES,
};

pub(crate) use interp::PyResult;

/// The compiled code of the shipped standard-library module `name`, as immutable bytes that
/// every interpreter of a runtime can share: a host answers [`Request::CompiledModule`] with
/// them, so that each module is parsed and compiled once per runtime instead of once per
/// interpreter. `None` for a module the runtime does not ship (or whose source does not compile).
pub fn compile_shipped_module(name: &str) -> Option<Vec<u8>> {
    let (source, _) = modules::stdlib::find(name)?;
    let module = syntax::parse_module(source).ok()?;
    let filename = modules::import::frozen_filename(name);
    let code = compile::compile_module(&module, &filename, source.into()).ok()?;
    code_bytes::encode(&code, source)
}

/// The license of CPython's standard library, parts of which the runtime embeds (see
/// `runtime/cpython_lib.rs`), followed by Debian's copyright file for the packages they come
/// from. A program that ships the runtime ships this notice.
pub const CPYTHON_LICENSE: &str = modules::stdlib::CPYTHON_LICENSE;
