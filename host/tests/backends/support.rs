//! Helpers shared by the backend tests: building runtimes and running code with its output
//! captured per interpreter.

use std::sync::Arc;
use std::time::{Duration, Instant};

use isola::{Backend, Error, Interpreter, Limits, Runtime, Stream};
use parking_lot::Mutex;

/// Held by tests that measure the process's resident memory, and by tests that use hundreds of
/// megabytes of it (the corpus's `memory/` programs), so that one does not skew the other:
/// the tests of this binary run in parallel threads of one process.
pub static RESIDENT_MEMORY: Mutex<()> = Mutex::new(());

/// Both backends, for tests that must pass on each.
pub const BACKENDS: [Backend; 2] = [Backend::Wasmtime, Backend::Native];

/// A runtime for `backend` with `limits`, failing the test if it cannot be built.
pub fn runtime(backend: Backend, limits: Limits) -> Runtime {
    match Runtime::builder().backend(backend).limits(limits).build() {
        Ok(runtime) => runtime,
        Err(error) => panic!("building a {backend:?} runtime: {error}"),
    }
}

/// An interpreter's output, captured by its own sink.
#[derive(Clone, Default)]
pub struct Capture(Arc<Mutex<(Vec<u8>, Vec<u8>)>>);

impl Capture {
    pub fn sink(&self) -> isola::Sink {
        let buffers = Arc::clone(&self.0);
        Arc::new(move |stream, data: &[u8]| {
            let mut buffers = buffers.lock();
            match stream {
                Stream::Stdout => buffers.0.extend_from_slice(data),
                Stream::Stderr => buffers.1.extend_from_slice(data),
            }
        })
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().0).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().1).into_owned()
    }

    pub fn clear(&self) {
        let mut buffers = self.0.lock();
        buffers.0.clear();
        buffers.1.clear();
    }
}

/// A fresh interpreter of `runtime` with its output captured.
pub fn create(runtime: &Runtime) -> (Interpreter, Capture) {
    let capture = Capture::default();
    match runtime.create_with_sink(capture.sink()) {
        Ok(interpreter) => (interpreter, capture),
        Err(error) => panic!("creating a {:?} interpreter: {error}", runtime.backend()),
    }
}

/// What one run did.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub result: Result<(), Error>,
    pub elapsed: Duration,
}

/// Run `code` in a fresh interpreter of `runtime`, named `filename` in tracebacks.
pub fn run(runtime: &Runtime, code: &str, filename: &str) -> Outcome {
    let (interpreter, capture) = create(runtime);
    let start = Instant::now();
    let result = interpreter.exec_named(code, filename);
    let elapsed = start.elapsed();
    // Shutdown, as `isola run` and CPython do it: atexit callbacks, then the finalizers of
    // what `__main__` held.
    let result = result.and(interpreter.finish());
    Outcome {
        stdout: capture.stdout(),
        stderr: capture.stderr(),
        result,
        elapsed,
    }
}

/// Check that `runtime` still creates working interpreters.
pub fn assert_healthy(runtime: &Runtime) {
    let outcome = run(runtime, "print(1 + 1)", "<check>");
    assert!(
        outcome.result.is_ok(),
        "{:?}: {:?}",
        runtime.backend(),
        outcome.result
    );
    assert_eq!(outcome.stdout, "2\n", "{:?}", runtime.backend());
}
