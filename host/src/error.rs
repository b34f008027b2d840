//! `Error`: every way a call into isola can fail, from a Python exception to a wasm trap.

use isola_runtime::{ExecError, LimitKind};

/// Why a call failed.
///
/// The first three variants come from the Python program and leave the interpreter usable:
/// an uncaught exception (with CPython's traceback text), `SystemExit`, or a runtime limit. A
/// [`Error::Trap`] means the interpreter itself broke (a wasm trap, a guest or native panic, the
/// memory wall or the time backstop): its instance was thrown away and the next call runs in a
/// fresh interpreter, with none of the old globals. [`Error::Backend`] and [`Error::Io`] are
/// failures to set things up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An uncaught Python exception, `SyntaxError` included. `traceback` is the text CPython would
    /// print on stderr, ending in a newline; `type_name` and `message` are its last line.
    #[error("{}", exception_line(type_name, message))]
    Exception {
        type_name: String,
        message: String,
        traceback: String,
    },
    /// The program raised `SystemExit` with this status.
    #[error("SystemExit({0})")]
    Exit(i32),
    /// A runtime limit ended the run; Python code cannot catch it.
    #[error("{} exceeded: {detail}", kind.name())]
    Limit { kind: LimitKind, detail: String },
    /// The interpreter's instance trapped or panicked and was replaced by a fresh one.
    #[error("{0}")]
    Trap(String),
    /// An interpreter or queue refused the call: the interpreter is closed, or busy for a caller
    /// that does not wait, or a runtime-wide limit (such as the number of interpreters) is reached.
    #[error("{0}")]
    Interpreter(String),
    /// The backend could not be set up: compiling or instantiating the guest, or a broken guest.
    #[error("{0}")]
    Backend(String),
    /// An operating-system error, such as failing to start an interpreter's thread.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn exception_line(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        type_name.to_string()
    } else {
        format!("{type_name}: {message}")
    }
}

impl From<ExecError> for Error {
    fn from(error: ExecError) -> Error {
        match error {
            ExecError::Exception {
                type_name,
                message,
                traceback,
            } => Error::Exception {
                type_name,
                message,
                traceback,
            },
            ExecError::Exit(status) => Error::Exit(status),
            ExecError::Limit { kind, detail } => Error::Limit { kind, detail },
        }
    }
}

/// The text of a panic payload, which is a `&str` or a `String` for `panic!` with a message.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    if let Some(message) = payload.downcast_ref::<&str>() {
        message
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message
    } else {
        "(no message)"
    }
}
