//! The native backend: the runtime's `Interpreter` run directly on the interpreter's thread, with
//! panics caught and reported instead of taking the host down.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Duration, Instant};

use isola_runtime::{CallSpec, Host, Limits, ModuleSource, Reply, Request, Shareable, Stream};
use parking_lot::Mutex;

use crate::backend::{self, Services, Setup};
use crate::error::panic_message;
use crate::input::Stdin;
use crate::interrupt::Interrupt;
use crate::output::Output;
use crate::Error;

/// Stack of a native interpreter's thread. The VM is stackless, but its parser and compiler
/// recurse up to ~1000 levels; only the pages actually touched are ever committed.
const THREAD_STACK_BYTES: usize = 64 << 20;

/// The native backend of one runtime: what each of its interpreters starts from.
pub(crate) struct Native {
    pub(crate) clock_base: Instant,
    /// The runtime's module sources, added to each fresh interpreter.
    pub(crate) modules: Arc<[ModuleSource]>,
}

impl backend::Backend for Native {
    fn kind(&self) -> backend::Kind {
        backend::Kind::Native
    }

    fn thread_stack_bytes(&self) -> usize {
        THREAD_STACK_BYTES
    }

    fn spin(&self) -> Duration {
        // Creating a native interpreter takes about 10 µs: the creator mostly gets its answer
        // while spinning (create and close went from about 110 µs to 10 µs on two cores).
        Duration::from_micros(30)
    }

    fn instantiate(self: Arc<Self>, setup: Setup) -> Result<Box<dyn backend::Instance>, Error> {
        let mut instance = Instance {
            limits: setup.limits,
            clock_base: self.clock_base,
            modules: Arc::clone(&self.modules),
            output: Arc::new(Mutex::new(Output::new(setup.sink))),
            stdin: setup.stdin,
            interrupt: setup.interrupt,
            services: Arc::new(Mutex::new(setup.services)),
            interpreter: None,
        };
        instance.interpreter = Some(instance.fresh_interpreter());
        Ok(Box::new(instance))
    }
}

/// One native interpreter, owned by its thread.
struct Instance {
    limits: Limits,
    clock_base: Instant,
    modules: Arc<[ModuleSource]>,
    /// Shared with the `NativeHost` inside the interpreter, to flush it after each exec; only this
    /// interpreter's thread ever takes the lock.
    output: Arc<Mutex<Output>>,
    stdin: Option<Stdin>,
    interrupt: Arc<Interrupt>,
    /// Shared with the `NativeHost` in the same way, so that a fresh interpreter keeps its place.
    services: Arc<Mutex<Box<dyn Services>>>,
    /// `None` after a panic, until the next exec builds a fresh interpreter.
    interpreter: Option<isola_runtime::Interpreter>,
}

impl Instance {
    fn fresh_interpreter(&self) -> isola_runtime::Interpreter {
        let host = NativeHost {
            output: Arc::clone(&self.output),
            clock_base: self.clock_base,
            stdin: self.stdin.clone(),
            services: Arc::clone(&self.services),
            interrupt: Arc::clone(&self.interrupt),
        };
        let mut interpreter = isola_runtime::Interpreter::new(self.limits.clone(), Box::new(host));
        for module in self.modules.iter() {
            interpreter.add_module_source(&module.name, &module.source, module.is_package);
        }
        interpreter
    }

    /// Run `f` on the interpreter (a fresh one after a panic), with its output flushed after.
    fn run<T>(
        &mut self,
        f: impl FnOnce(&mut isola_runtime::Interpreter) -> Result<T, isola_runtime::ExecError>,
    ) -> Result<T, Error> {
        let fresh;
        let interpreter = match &mut self.interpreter {
            Some(interpreter) => interpreter,
            None => {
                fresh = self.fresh_interpreter();
                self.interpreter.insert(fresh)
            }
        };
        // The interpreter is discarded below if it panics, so no broken invariant is observed.
        let result = catch_unwind(AssertUnwindSafe(|| f(interpreter)));
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

impl backend::Instance for Instance {
    fn exec(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run(|interpreter| interpreter.exec(source, filename))
    }

    fn exec_interactive(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run(|interpreter| interpreter.exec_interactive(source, filename))
    }

    fn prepare_main(&mut self, names: Vec<(String, Shareable)>) -> Result<(), Error> {
        self.run(|interpreter| interpreter.prepare_main(names))
    }

    fn finish(&mut self) -> Result<(), Error> {
        self.run(|interpreter| interpreter.finish())
    }

    fn call(&mut self, spec: CallSpec) -> Result<Shareable, Error> {
        self.run(|interpreter| interpreter.call_shared(spec))
    }
}

struct NativeHost {
    output: Arc<Mutex<Output>>,
    clock_base: Instant,
    stdin: Option<Stdin>,
    services: Arc<Mutex<Box<dyn Services>>>,
    interrupt: Arc<Interrupt>,
}

impl Host for NativeHost {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        self.output.lock().write(stream, data);
    }

    fn monotonic_ns(&mut self) -> u64 {
        u64::try_from(self.clock_base.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn wall_time(&mut self) -> f64 {
        self.services.lock().wall_time()
    }

    fn sleep_until(&mut self, until_ns: u64) {
        // An interrupt ends the sleep early; the runtime then raises it.
        let until = self.clock_base + Duration::from_nanos(until_ns);
        self.interrupt.sleep_until(until);
    }

    fn take_interrupt(&mut self) -> bool {
        self.interrupt.take()
    }

    fn flush(&mut self, stream: Stream) {
        self.output.lock().flush_stream(stream);
    }

    fn read_stdin(&mut self, max: usize) -> Vec<u8> {
        // What was printed so far (a prompt) shows before the read blocks.
        self.output.lock().flush();
        crate::input::read(self.stdin.as_ref(), max)
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        self.services.lock().fill_random(buf);
    }

    fn interpreters(&mut self, request: Request) -> Reply {
        // What this interpreter printed comes before what the one it runs next prints.
        self.output.lock().flush();
        self.services.lock().handle(request)
    }
}
