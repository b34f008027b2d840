//! Faults inside an interpreter (the memory wall, the time backstop, a panicking output sink)
//! discard only that interpreter's instance: the same `Interpreter` goes on in a fresh one,
//! without the old globals, and the other interpreters never notice.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use isola::{Error, Runtime, Stream};

use crate::support::{self, assert_healthy, BACKENDS};

/// Prints `2 kept` or `2 gone`, depending on whether the global `kept` exists.
const GLOBAL_KEPT_CHECK: &str =
    "try:\n    kept\n    print(1 + 1, 'kept')\nexcept NameError:\n    print(1 + 1, 'gone')\n";

fn ok(result: Result<(), Error>) {
    if let Err(error) = result {
        panic!("{error}");
    }
}

/// With the runtime's heap limit off and a low memory wall, a big allocation fails inside the
/// guest's allocator, which aborts: the instance traps, is discarded, and the same interpreter
/// runs the next code in a fresh instance, without the old globals.
#[test]
fn memory_wall_traps_only_that_instance() {
    let runtime = match Runtime::builder().instance_memory(48 << 20).build() {
        Ok(runtime) => runtime,
        Err(error) => panic!("building the runtime: {error}"),
    };
    let (interpreter, capture) = support::create(&runtime);
    let (bystander, bystander_capture) = support::create(&runtime);
    ok(interpreter.exec("kept = 1"));
    ok(interpreter.exec(GLOBAL_KEPT_CHECK));
    assert_eq!(capture.stdout(), "2 kept\n");
    ok(bystander.exec("mine = 'bystander'"));

    let result = interpreter.exec("x = [str(i) * 8 for i in range(10**8)]");
    match &result {
        Err(Error::Trap(message)) => {
            assert!(message.contains("out of memory"), "{message}");
            assert!(message.contains("discarded"), "{message}");
        }
        other => panic!("expected a trap, got {other:?}"),
    }

    capture.clear();
    ok(interpreter.exec(GLOBAL_KEPT_CHECK));
    assert_eq!(capture.stdout(), "2 gone\n");
    ok(bystander.exec("print(mine)"));
    assert_eq!(bystander_capture.stdout(), "bystander\n");
    assert_healthy(&runtime);
}

/// A sink that panics on its first call: the panic is caught, reported as a trap, and the
/// interpreter goes on with a fresh instance on both backends.
#[test]
fn panicking_sink_is_a_trap() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, isola::Limits::default());
        let armed = Arc::new(AtomicBool::new(true));
        let printed = Arc::new(parking_lot::Mutex::new(Vec::new()));
        let sink: isola::Sink = {
            let (armed, printed) = (Arc::clone(&armed), Arc::clone(&printed));
            Arc::new(move |stream, data: &[u8]| {
                if armed.swap(false, Ordering::SeqCst) {
                    panic!("sink exploded");
                }
                if stream == Stream::Stdout {
                    printed.lock().extend_from_slice(data);
                }
            })
        };
        let interpreter = match runtime.create_with_sink(sink) {
            Ok(interpreter) => interpreter,
            Err(error) => panic!("{backend:?}: {error}"),
        };
        ok(interpreter.exec("kept = 1"));
        match interpreter.exec("print('boom')") {
            Err(Error::Trap(message)) => assert!(message.contains("sink exploded"), "{message}"),
            other => panic!("{backend:?}: expected a trap, got {other:?}"),
        }
        ok(interpreter.exec(GLOBAL_KEPT_CHECK));
        assert_eq!(
            String::from_utf8_lossy(&printed.lock()),
            "2 gone\n",
            "{backend:?}"
        );
        assert_healthy(&runtime);
    }
}

/// One long operation inside the VM (a huge power, computed by one Rust call) with a 100 ms
/// timeout: either the runtime's own time limit stops it, or, if the VM cannot interrupt that
/// call, the wasmtime epoch backstop traps it at about twice the timeout. Either way it ends in
/// bounded time and the interpreter goes on.
#[test]
fn long_rust_call_is_stopped_by_the_backstop() {
    let limits = isola::Limits {
        timeout_ns: Some(100_000_000),
        ..isola::Limits::default()
    };
    let runtime = support::runtime(isola::Backend::Wasmtime, limits);
    let (interpreter, capture) = support::create(&runtime);
    let start = std::time::Instant::now();
    let result = interpreter.exec("x = 3 ** (10 ** 8)");
    let elapsed = start.elapsed();
    match &result {
        Err(Error::Limit {
            kind: isola::LimitKind::Timeout,
            ..
        }) => {}
        Err(Error::Trap(message)) => assert!(message.contains("backstop"), "{message}"),
        other => panic!("expected the time limit or its backstop, got {other:?}"),
    }
    assert!(
        elapsed < std::time::Duration::from_secs(3),
        "took {elapsed:?}"
    );
    ok(interpreter.exec("print(1 + 1)"));
    assert_eq!(capture.stdout(), "2\n");
}
