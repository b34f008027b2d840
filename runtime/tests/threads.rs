//! Threads inside one interpreter: what CPython cannot show in the conformance corpus because
//! it would hang (a deadlock raises RuntimeError here), and that limits still stop threads.

use std::sync::{Arc, Mutex};

use isola_runtime::{ExecError, Host, Interpreter, LimitKind, Limits, Stream};

/// A host that collects stdout and stderr together; its monotonic clock advances a millisecond per reading, so
/// timed waits end without real sleeping.
struct Capture {
    out: Arc<Mutex<Vec<u8>>>,
    now: u64,
}

impl Host for Capture {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        let _ = stream;
        if let Ok(mut out) = self.out.lock() {
            out.extend_from_slice(data);
        }
    }

    fn monotonic_ns(&mut self) -> u64 {
        self.now += 1_000_000;
        self.now
    }

    fn wall_time(&mut self) -> f64 {
        0.0
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        buf.fill(7);
    }
}

fn interpreter(limits: Limits) -> (Interpreter, Arc<Mutex<Vec<u8>>>) {
    let out = Arc::new(Mutex::new(Vec::new()));
    let host = Capture {
        out: out.clone(),
        now: 0,
    };
    (Interpreter::new(limits, Box::new(host)), out)
}

fn printed(out: &Arc<Mutex<Vec<u8>>>) -> String {
    String::from_utf8_lossy(&out.lock().map(|o| o.clone()).unwrap_or_default()).into_owned()
}

#[test]
fn a_lock_acquired_twice_is_a_deadlock_error_not_a_hang() {
    let (mut interp, _) = interpreter(Limits::default());
    let err = interp
        .exec(
            "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
            "<test>",
        )
        .unwrap_err();
    match err {
        ExecError::Exception {
            type_name, message, ..
        } => {
            assert_eq!(type_name, "RuntimeError");
            assert!(message.contains("deadlock"), "{message}");
        }
        other => panic!("expected a RuntimeError, got {other:?}"),
    }
}

#[test]
fn two_threads_waiting_on_each_other_deadlock_and_the_interpreter_stays_usable() {
    let (mut interp, out) = interpreter(Limits::default());
    let source = "\
import threading
a, b = threading.Lock(), threading.Lock()
go = threading.Barrier(2)
def one():
    with a:
        go.wait()
        with b:
            pass
t = threading.Thread(target=one)
t.start()
with b:
    go.wait()
    try:
        a.acquire()
    except RuntimeError as e:
        print('main:', e)
";
    // Whichever thread waits last sees the deadlock: main prints it, or the other thread's
    // error is reported on stderr (and its `with` releases `a`, so main goes on).
    interp.exec(source, "<test>").unwrap();
    let text = printed(&out);
    assert!(
        text.contains("main: deadlock") || text.contains("RuntimeError: deadlock"),
        "{text}"
    );
    // The other thread was discarded with the run; the next exec starts clean.
    interp
        .exec("print(threading.active_count())", "<test>")
        .unwrap();
    assert!(printed(&out).ends_with("1\n"), "{}", printed(&out));
}

#[test]
fn a_timed_wait_ends_without_other_threads() {
    let (mut interp, out) = interpreter(Limits::default());
    interp
        .exec(
            "import threading\nl = threading.Lock()\nl.acquire()\nprint(l.acquire(timeout=0.05))\n",
            "<test>",
        )
        .unwrap();
    assert_eq!(printed(&out), "False\n");
}

#[test]
fn the_instruction_limit_stops_a_spinning_thread() {
    let limits = Limits {
        max_instructions: Some(2_000_000),
        ..Limits::default()
    };
    let (mut interp, _) = interpreter(limits);
    let err = interp
        .exec(
            "import threading\ndef spin():\n    while True:\n        pass\nthreading.Thread(target=spin).start()\nprint('main done')\n",
            "<test>",
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            ExecError::Limit {
                kind: LimitKind::Instructions,
                ..
            }
        ),
        "{err:?}"
    );
}
