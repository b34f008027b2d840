//! isola-web: the isola runtime for the browser, as a wasm-bindgen `Interpreter` class.
//!
//! Each Web Worker creates its own `Interpreter`, so each gets its own wasm instance and heap: the
//! worker boundary is the isolation boundary. Pages and Node programs use the npm package in
//! `web/npm/` (one worker per interpreter, deadlines, queues); its `worker.js` drives this class.
//! The JS surface (`wasm-bindgen --target web`, output in `web/npm/pkg/`):
//!
//! ```js
//! import init, { Interpreter } from './pkg/isola_web.js';
//! await init();
//! const interp = new Interpreter({ maxInstructions: 1e7, timeoutMs: 5000 },
//!                                (text) => console.log(text), (text) => console.error(text));
//! interp.exec('print(6 * 7)', 'main.py');   // throws an Error carrying the traceback on failure
//! ```
//!
//! The modules without JS in them (`limits`, `text`, `failure`) compile and are tested natively;
//! the bindings themselves exist only on wasm32.

mod failure;
mod limits;
mod protocol;
mod text;

pub use failure::{Failure, FailureKind};
pub use limits::{child_limits, limit_fields, limits_from_fields, LimitField};
pub use protocol::{operation, reply, Answer, Arg, Operation, RemoteFailure};
pub use text::Utf8Stream;

#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
compile_error!(
    "isola-web assumes a single-threaded wasm32 target: build without the `atomics` target feature"
);

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod bindings;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: isola_runtime::small_blocks::SmallBlocks =
    isola_runtime::small_blocks::SmallBlocks::new();

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub use bindings::WebInterpreter;
