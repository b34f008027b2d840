//! `Interpreter::interrupt_handle`, the embedder's Ctrl-C, on both backends: the running code
//! gets `KeyboardInterrupt` where it is (a loop, a sleep, a green thread's wait), `except` and
//! `finally` see it, an uncaught one fails the run, and the interpreter keeps its globals.
//! Each program says it is ready through a queue before the handle fires, so no test depends
//! on timing.

use std::time::Duration;

use isola::{Error, Interpreter, InterruptHandle, Limits, Queue, Runtime, Shareable};

use crate::support::{create, runtime, BACKENDS};

/// How long a program may take to say it is ready (a wasmtime runtime compiles at start).
const READY_WAIT: Duration = Duration::from_secs(120);

/// Run `code` with a queue `ready` in its globals; interrupt it each time it puts an item
/// there, `times` times in all. Returns the run's result.
fn run_interrupted(
    runtime: &Runtime,
    interpreter: &Interpreter,
    code: &str,
    times: usize,
) -> Result<(), Error> {
    let ready = runtime.create_queue(0);
    interpreter
        .prepare_main([("ready", ready.clone().into())])
        .expect("prepare_main");
    let handle = interpreter.interrupt_handle();
    let interrupter = std::thread::spawn(move || interrupt_when_ready(&ready, &handle, times));
    let result = interpreter.exec(code);
    interrupter.join().expect("the interrupting thread");
    result
}

fn interrupt_when_ready(ready: &Queue, handle: &InterruptHandle, times: usize) {
    for _ in 0..times {
        match ready.get_timeout(READY_WAIT) {
            Some(_) => handle.interrupt(),
            // The program failed before it was ready: its result says why.
            None => return,
        }
    }
}

fn is_keyboard_interrupt(result: &Result<(), Error>) -> bool {
    matches!(result, Err(Error::Exception { type_name, .. }) if type_name == "KeyboardInterrupt")
}

#[test]
fn a_loop_catches_the_interrupt_and_finally_runs() {
    for backend in BACKENDS {
        let runtime = runtime(backend, Limits::default());
        let (interpreter, capture) = create(&runtime);
        let code = "\
kept = 'kept'
try:
    ready.put(1)
    while True: pass
except KeyboardInterrupt as e:
    print('caught', repr(e))
finally:
    print('finally')
";
        let result = run_interrupted(&runtime, &interpreter, code, 1);
        assert!(result.is_ok(), "{backend:?}: {result:?}");
        assert_eq!(
            capture.stdout(),
            "caught KeyboardInterrupt()\nfinally\n",
            "{backend:?}"
        );
    }
}

#[test]
fn an_uncaught_interrupt_fails_the_run_and_the_globals_stay() {
    for backend in BACKENDS {
        let runtime = runtime(backend, Limits::default());
        let (interpreter, capture) = create(&runtime);
        interpreter.exec("kept = 41").expect("setting a global");
        let code = "def spin():\n    while True: pass\nready.put(1)\nspin()\n";
        let result = run_interrupted(&runtime, &interpreter, code, 1);
        assert!(is_keyboard_interrupt(&result), "{backend:?}: {result:?}");
        let Err(Error::Exception { traceback, .. }) = &result else {
            unreachable!()
        };
        assert!(
            traceback.ends_with("  File \"<string>\", line 2, in spin\nKeyboardInterrupt\n"),
            "{backend:?}: {traceback}"
        );
        interpreter.exec("print(kept + 1)").expect("the next run");
        assert_eq!(capture.stdout(), "42\n", "{backend:?}");
    }
}

#[test]
fn a_second_interrupt_reaches_the_handler_of_the_first() {
    for backend in BACKENDS {
        let runtime = runtime(backend, Limits::default());
        let (interpreter, capture) = create(&runtime);
        let code = "\
try:
    try:
        ready.put(1)
        while True: pass
    except KeyboardInterrupt:
        print('first')
        ready.put(2)
        while True: pass
except KeyboardInterrupt:
    print('second')
";
        let result = run_interrupted(&runtime, &interpreter, code, 2);
        assert!(result.is_ok(), "{backend:?}: {result:?}");
        assert_eq!(capture.stdout(), "first\nsecond\n", "{backend:?}");
    }
}

#[test]
fn waits_end_at_the_interrupt() {
    for backend in BACKENDS {
        let runtime = runtime(backend, Limits::default());
        let (interpreter, capture) = create(&runtime);
        // Without the interrupt, each of these would wait for an hour.
        let code = "\
import threading, time
try:
    ready.put(1)
    time.sleep(3600)
except KeyboardInterrupt:
    print('sleep interrupted')
lock = threading.Lock()
lock.acquire()
try:
    ready.put(2)
    lock.acquire(timeout=3600)
except KeyboardInterrupt:
    print('acquire interrupted')
";
        let result = run_interrupted(&runtime, &interpreter, code, 2);
        assert!(result.is_ok(), "{backend:?}: {result:?}");
        assert_eq!(
            capture.stdout(),
            "sleep interrupted\nacquire interrupted\n",
            "{backend:?}"
        );
    }
}

#[test]
fn only_the_main_thread_gets_the_interrupt() {
    for backend in BACKENDS {
        let runtime = runtime(backend, Limits::default());
        let (interpreter, capture) = create(&runtime);
        // The worker thread spins until the main thread, interrupted while it joins, stops it.
        let code = "\
import threading
stop = False
def work():
    while not stop: pass
    print('worker stopped')
t = threading.Thread(target=work)
t.start()
try:
    ready.put(1)
    t.join()
except KeyboardInterrupt:
    print('main interrupted')
    stop = True
    t.join()
";
        let result = run_interrupted(&runtime, &interpreter, code, 1);
        assert!(result.is_ok(), "{backend:?}: {result:?}");
        assert_eq!(
            capture.stdout(),
            "main interrupted\nworker stopped\n",
            "{backend:?}"
        );
    }
}

#[test]
fn an_interrupt_made_while_idle_waits_for_the_next_run_or_is_cleared() {
    for backend in BACKENDS {
        let runtime = runtime(backend, Limits::default());
        let (interpreter, capture) = create(&runtime);
        let handle = interpreter.interrupt_handle();
        handle.interrupt();
        handle.interrupt();
        let result = interpreter.exec("print('not reached')");
        assert!(is_keyboard_interrupt(&result), "{backend:?}: {result:?}");
        // The two requests were one.
        interpreter.exec("print('runs')").expect("a run after");
        handle.interrupt();
        handle.clear();
        interpreter
            .exec("print('cleared')")
            .expect("a run after clear");
        assert_eq!(capture.stdout(), "runs\ncleared\n", "{backend:?}");
        // A handle outlives its interpreter harmlessly.
        drop(interpreter);
        handle.interrupt();
        let other = runtime.create().expect("another interpreter");
        let length = other.call("len", vec!["ab".into()]).expect("a call");
        assert_eq!(length, Shareable::Int(2), "{backend:?}");
    }
}
