//! `Interpreter`: one isolated Python interpreter, driven on its own thread through a mailbox
//! guarded by its own lock.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::worker::{Job, Mailbox, Make, ThreadPool};
use crate::Error;

/// One isolated Python interpreter: its own heap, modules and globals, its own thread, its own
/// lock, and under wasmtime its own wasm instance. [`exec`](Interpreter::exec) runs code in its
/// `__main__` module, where globals persist from one call to the next; it blocks the calling
/// thread until the code finishes, and calls from several threads take turns. Interpreters share
/// nothing mutable, so N of them on N threads run in parallel. Creating one wakes a parked thread
/// of the runtime (or starts one) and, under wasmtime, takes an instance from the pool; dropping
/// it (or [`close`](Interpreter::close)) frees the instance before returning and parks the thread
/// for reuse.
pub struct Interpreter {
    mailbox: Arc<Mailbox>,
    /// Held for the whole of a call, so that callers on several threads take turns.
    entry: Mutex<()>,
}

impl Interpreter {
    /// Build an interpreter with `make` on a thread from `pool`.
    pub(crate) fn start(pool: &Arc<ThreadPool>, make: Make) -> Result<Interpreter, Error> {
        Ok(Interpreter {
            mailbox: pool.start(make)?,
            entry: Mutex::new(()),
        })
    }

    /// Run `code` in the interpreter's `__main__` module, with `<string>` as its filename in
    /// tracebacks. Output goes where the runtime (or [`create_with_sink`]) said.
    ///
    /// [`create_with_sink`]: crate::Runtime::create_with_sink
    pub fn exec(&self, code: &str) -> Result<(), Error> {
        self.exec_named(code, "<string>")
    }

    /// Like [`exec`](Interpreter::exec), naming the code `filename` in tracebacks (as
    /// `isola run FILE.py` does).
    pub fn exec_named(&self, code: &str, filename: &str) -> Result<(), Error> {
        let _entry = self.entry.lock();
        let job = Job::Exec {
            source: code.to_owned(),
            filename: filename.to_owned(),
        };
        self.mailbox.call(job)
    }

    /// Close the interpreter and free its instance. Dropping it does the same.
    pub fn close(self) {}
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        // The reply only says the worker is gone; a thread that already died has nothing to free.
        let _ = self.mailbox.call(Job::Close);
    }
}
