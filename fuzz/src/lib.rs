//! What isola's fuzz targets share: a host with a fake clock that discards output, tight
//! limits, and running a program under them. A target fails (libFuzzer reports a crash) on a
//! panic, an abort, a stack overflow or running out of memory; an exception or a limit is a
//! normal outcome.

pub mod gen;

use isola_runtime::{ExecError, Host, Interpreter, Limits, Shareable, Stream};

/// Nanoseconds the fake clock advances on each reading, so that the deadline comes after a
/// bounded amount of work whatever the machine's speed, and runs are reproducible.
const TICK_NS: u64 = 1_000;

/// A host that writes nowhere and keeps a fake monotonic clock; sleeping moves the clock.
pub struct FuzzHost {
    now: u64,
}

impl Host for FuzzHost {
    fn write(&mut self, _stream: Stream, _data: &[u8]) {}

    fn monotonic_ns(&mut self) -> u64 {
        self.now += TICK_NS;
        self.now
    }

    fn wall_time(&mut self) -> f64 {
        1_700_000_000.0
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        buf.fill(7);
    }

    fn sleep_until(&mut self, until_ns: u64) {
        self.now = self.now.max(until_ns);
    }
}

/// The limits a fuzzed program runs under: small enough for thousands of runs a second.
pub fn tight_limits() -> Limits {
    Limits {
        max_instructions: Some(200_000),
        max_heap_bytes: Some(32 << 20),
        max_recursion: 200,
        max_output_bytes: Some(64 << 10),
        timeout_ns: Some(1_000_000_000),
    }
}

pub fn interpreter(limits: Limits) -> Interpreter {
    Interpreter::new(limits, Box::new(FuzzHost { now: 0 }))
}

/// Runs `source` with `names` bound in `__main__`, under [`tight_limits`].
pub fn run(source: &str, names: Vec<(String, Shareable)>) -> Result<(), ExecError> {
    let mut interp = interpreter(tight_limits());
    interp.prepare_main(names)?;
    interp.exec(source, "<fuzz>")
}

/// Runs a checking program: an `AssertionError` means a property it checks does not hold,
/// which is a bug, so it fails the target.
pub fn check(source: &str, names: Vec<(String, Shareable)>) {
    if let Err(ExecError::Exception {
        type_name,
        traceback,
        ..
    }) = run(source, names)
    {
        assert!(type_name != "AssertionError", "{traceback}");
    }
}
