//! Threads inside one interpreter: what CPython cannot show in the conformance corpus because
//! it would hang (a deadlock raises RuntimeError here), and that limits still stop threads.

use std::sync::{Arc, Mutex};

use isola_runtime::{ExecError, Host, Interpreter, LimitKind, Limits, Stream};

/// A host that collects stdout and stderr together; its monotonic clock advances a millisecond per reading, so
/// timed waits end without real sleeping.
struct Capture {
    out: Arc<Mutex<Vec<u8>>>,
    now: u64,
    /// Asks once for an interrupt when the clock has passed this.
    interrupt_at: Option<u64>,
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

    fn take_interrupt(&mut self) -> bool {
        match self.interrupt_at {
            Some(at) if self.now >= at => {
                self.interrupt_at = None;
                true
            }
            _ => false,
        }
    }
}

fn interpreter(limits: Limits) -> (Interpreter, Arc<Mutex<Vec<u8>>>) {
    interrupted_at(limits, None)
}

fn interrupted_at(limits: Limits, interrupt_at: Option<u64>) -> (Interpreter, Arc<Mutex<Vec<u8>>>) {
    let out = Arc::new(Mutex::new(Vec::new()));
    let host = Capture {
        out: out.clone(),
        now: 0,
        interrupt_at,
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

#[test]
fn sleeping_threads_wake_in_the_order_of_their_wake_times() {
    let (mut interp, out) = interpreter(Limits::default());
    let source = "\
import threading, time
order = []
def nap(ms):
    time.sleep(ms / 1000)
    order.append(ms)
ts = [threading.Thread(target=nap, args=(ms,)) for ms in (400, 100, 300, 200)]
for t in ts:
    t.start()
# Sleeps in one built-in call add up, and the others run meanwhile.
list(map(time.sleep, [0.05] * 5))
order.append('main')
for t in ts:
    t.join()
print(order)
";
    interp.exec(source, "<test>").unwrap();
    assert_eq!(printed(&out), "[100, 200, 'main', 300, 400]\n");
}

#[test]
fn a_wait_after_a_wake_up_it_missed_checks_again_before_sleeping_on() {
    let (mut interp, out) = interpreter(Limits::default());
    // The main thread checks, is parked (a plain yield stands for its slice ending there),
    // the other thread sets the flag, wakes waiters and sleeps long: the main thread's wait,
    // based on its stale check, must not sleep until that thread wakes.
    let source = "\
import _thread, time
flag = [False]
def setter():
    flag[0] = True
    _thread._wake()
    time.sleep(1000)
_thread.start_new_thread(setter, ())
start = time.monotonic()
seen = flag[0]
_thread._switch()
_thread._switch(True, False)
print(seen, flag[0], 'waited under 100 s:', time.monotonic() - start < 100)
";
    interp.exec(source, "<test>").unwrap();
    assert_eq!(printed(&out), "False True waited under 100 s: True\n");
}

#[test]
fn the_private_lock_primitives_refuse_odd_cells_without_panicking() {
    let (mut interp, out) = interpreter(Limits::default());
    let source = "\
import _thread
me = _thread.get_ident()
print(_thread._rlock_enter([me, 2**63 - 1]), _thread._rlock_exit([me, -2**63]))
cell = [None, 0]
print(_thread._rlock_enter(cell), _thread._rlock_exit(cell), _thread._rlock_exit(['x', 1]))
for bad in ([], [1], 'cell'):
    try:
        _thread._rlock_enter(bad)
    except TypeError as e:
        print('TypeError')
_thread.start_new_thread(lambda: None, ())
_thread._switch(True, True, 10**11)
_thread._switch(True, True, -1.0)
print('done')
";
    interp.exec(source, "<test>").unwrap();
    assert_eq!(
        printed(&out),
        "True True\nTrue True False\nTypeError\nTypeError\nTypeError\ndone\n"
    );
}

#[test]
fn an_interrupt_while_the_main_thread_has_ended_and_another_sleeps_ends_the_run() {
    // The main thread's code has returned; the host sleeps for the thread left, and the
    // interrupt comes then, with no frame to raise it in.
    let (mut interp, out) = interrupted_at(Limits::default(), Some(5_000_000_000));
    let err = interp
        .exec(
            "import threading, time\nthreading.Thread(target=time.sleep, args=(30,)).start()\ntime.sleep(0)\nprint('main done')\n",
            "<test>",
        )
        .unwrap_err();
    match err {
        ExecError::Exception { type_name, .. } => assert_eq!(type_name, "KeyboardInterrupt"),
        other => panic!("expected KeyboardInterrupt, got {other:?}"),
    }
    assert_eq!(printed(&out), "main done\n");
    interp.exec("print(1 + 1)", "<test>").unwrap();
    assert!(printed(&out).ends_with("2\n"));
}
