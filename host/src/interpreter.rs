//! `Interpreter`: one isolated Python interpreter, driven on its own thread through a mailbox
//! guarded by its own lock.

use std::sync::{Arc, Weak};

use parking_lot::Mutex;

use crate::worker::{self, Job, Mailbox, Make, ThreadPool};
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
    /// `None` only while dropping.
    mailbox: Option<Arc<Mailbox>>,
    /// Where the thread goes back when the interpreter closes.
    pool: Weak<ThreadPool>,
    /// Held for the whole of a call, so that callers on several threads take turns.
    entry: Mutex<()>,
}

impl Interpreter {
    /// Build an interpreter with `make` on a thread from `pool`.
    pub(crate) fn start(pool: &Arc<ThreadPool>, make: Make) -> Result<Interpreter, Error> {
        let mailbox = pool.start(make)?;
        Ok(Interpreter {
            mailbox: Some(mailbox),
            pool: Arc::downgrade(pool),
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
        match &self.mailbox {
            Some(mailbox) => mailbox.call(job),
            None => Err(Error::Trap("the interpreter is closed".into())),
        }
    }

    /// Close the interpreter and free its instance. Dropping it does the same.
    pub fn close(self) {}
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        if let Some(mailbox) = self.mailbox.take() {
            // The reply says the worker and its instance are gone (an error only if the thread
            // died, and then there is nothing left to free); the thread is idle from here on.
            let _ = mailbox.call(Job::Close);
            worker::release(&self.pool, mailbox);
        }
    }
}
