//! The native backend: the runtime's `Interpreter` run directly on the interpreter's thread, with
//! panics caught and reported instead of taking the host down.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use isola_runtime::{Host, Limits, Stream};
use parking_lot::Mutex;

use crate::error::panic_message;
use crate::output::{Output, Sink};
use crate::Error;

/// Stack of a native interpreter's thread. The VM is stackless, but its parser and compiler
/// recurse up to ~1000 levels; only the pages actually touched are ever committed.
pub(crate) const THREAD_STACK_BYTES: usize = 64 << 20;

/// One native interpreter, owned by its thread.
pub(crate) struct Instance {
    limits: Limits,
    clock_base: Instant,
    /// Shared with the `NativeHost` inside the interpreter, to flush it after each exec; only this
    /// interpreter's thread ever takes the lock.
    output: Arc<Mutex<Output>>,
    /// `None` after a panic, until the next exec builds a fresh interpreter.
    interpreter: Option<isola_runtime::Interpreter>,
}

impl Instance {
    pub(crate) fn new(limits: Limits, sink: Option<Sink>, clock_base: Instant) -> Instance {
        let output = Arc::new(Mutex::new(Output::new(sink)));
        let mut instance = Instance {
            limits,
            clock_base,
            output,
            interpreter: None,
        };
        instance.interpreter = Some(instance.fresh_interpreter());
        instance
    }

    fn fresh_interpreter(&self) -> isola_runtime::Interpreter {
        let host = NativeHost {
            output: Arc::clone(&self.output),
            clock_base: self.clock_base,
        };
        isola_runtime::Interpreter::new(self.limits.clone(), Box::new(host))
    }

    pub(crate) fn exec(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let fresh;
        let interpreter = match &mut self.interpreter {
            Some(interpreter) => interpreter,
            None => {
                fresh = self.fresh_interpreter();
                self.interpreter.insert(fresh)
            }
        };
        // The interpreter is discarded below if it panics, so no broken invariant is observed.
        let result = catch_unwind(AssertUnwindSafe(|| interpreter.exec(source, filename)));
        self.output.lock().flush();
        match result {
            Ok(result) => result.map_err(Error::from),
            Err(payload) => {
                self.interpreter = None;
                Err(Error::Trap(format!(
                    "the interpreter panicked: {}; it was replaced by a fresh one",
                    panic_message(payload.as_ref())
                )))
            }
        }
    }
}

struct NativeHost {
    output: Arc<Mutex<Output>>,
    clock_base: Instant,
}

impl Host for NativeHost {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        self.output.lock().write(stream, data);
    }

    fn monotonic_ns(&mut self) -> u64 {
        u64::try_from(self.clock_base.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn wall_time(&mut self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |elapsed| elapsed.as_secs_f64())
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        crate::fill_random(buf);
    }
}
