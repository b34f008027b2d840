//! Hostile programs: waits that nothing else would end and single operations whose cost grows
//! with their arguments. Each ends at its deadline (plus a small slack) with the limit named,
//! on both backends, and the runtime goes on running other programs.

use std::time::Duration;

use isola::{Backend, Error, LimitKind, Limits};

use crate::support::{self, assert_healthy, BACKENDS};

/// The deadline every case runs under.
const TIMEOUT: Duration = Duration::from_millis(500);

/// How far past the deadline a case may end: one piece of work (tens of milliseconds natively,
/// a few times that in wasm32) on a loaded 2-core machine.
const SLACK: Duration = Duration::from_millis(1500);

fn limits() -> Limits {
    Limits {
        timeout_ns: Some(TIMEOUT.as_nanos() as u64),
        max_heap_bytes: Some(256 << 20),
        ..Limits::default()
    }
}

fn is_limit(result: &Result<(), Error>, expected: LimitKind) -> bool {
    matches!(result, Err(Error::Limit { kind, .. }) if *kind == expected)
}

/// Runs each case in a fresh interpreter of one runtime per backend: it must end with `kind`
/// within the deadline plus [`SLACK`], and the runtime must still run a healthy program.
fn expect_limit(cases: &[&str], limits: Limits, kind: LimitKind) {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, limits.clone());
        for code in cases {
            let outcome = support::run(&runtime, code, "<hostile>");
            assert!(
                is_limit(&outcome.result, kind),
                "{backend:?}: {code:?} ended with {:?} (stderr {:?})",
                outcome.result,
                outcome.stderr
            );
            if kind == LimitKind::Timeout {
                assert!(
                    outcome.elapsed < TIMEOUT + SLACK,
                    "{backend:?}: {code:?} took {:?}",
                    outcome.elapsed
                );
            }
            assert_healthy(&runtime);
        }
    }
}

#[test]
fn blocking_waits_end_at_the_deadline() {
    expect_limit(
        &[
            "import time\ntime.sleep(100)",
            "import time\nwhile True:\n    time.sleep(0.01)",
            "import interpreters\nq = interpreters.create_queue()\nq.get()",
            "import interpreters\nq = interpreters.create_queue()\nq.get(timeout=100)",
            "import interpreters\nq = interpreters.create_queue(1)\nq.put(1)\nq.put(2)",
            "import interpreters\nq = interpreters.create_queue(1)\nq.put(1)\nq.put(2, timeout=100)",
            "import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire(timeout=100)",
            "import threading\nthreading.Event().wait(100)",
            "import threading\nc = threading.Condition()\nwith c:\n    c.wait(100)",
            "import threading, time\nt = threading.Thread(target=time.sleep, args=(100,))\n\
             t.start()\nt.join()",
            "import queue\nqueue.Queue().get(timeout=100)",
        ],
        limits(),
        LimitKind::Timeout,
    );
}

#[test]
fn expensive_operations_stop_at_the_deadline() {
    expect_limit(
        &[
            "x = 7 ** 10**8",
            "import math\nmath.factorial(10**7)",
            "x = 3 ** 10**7\nwhile True:\n    y = x * x",
            "x = 7 ** 10**7\ny = 3 ** 10**6\nwhile True:\n    z = x // y",
            "pow(3, 10**100000, 10**50000 + 1)",
            "import math\nmath.gcd(3**10**7, 2**(10**7) + 1)",
            "import math\nmath.lcm(3**10**7, 2**(10**7) + 1)",
            "import math\nmath.isqrt(3**10**8)",
            "import math\nmath.comb(10**7, 5 * 10**6)",
            "import math\nmath.perm(10**7, 5 * 10**6)",
            "for _ in range(10**6):\n    s = 'ab' * 10**7",
            "for _ in range(10**6):\n    l = [1, 2]\n    l *= 10**6",
            "for _ in range(10**6):\n    s = ''.join(['ab'] * 10**6)",
            "for _ in range(10**6):\n    s = ('ab' * 10**6).replace('a', 'xyz')",
            "data = list(range(10**6))\nfor _ in range(10**6):\n    sorted(data, reverse=True)",
            "data = list(range(10**5))\nsorted(data, key=lambda x: sum(range(1000)))",
        ],
        limits(),
        LimitKind::Timeout,
    );
}

#[test]
fn expensive_operations_count_as_instructions() {
    let limits = Limits {
        max_instructions: Some(10_000_000),
        max_heap_bytes: Some(256 << 20),
        ..Limits::default()
    };
    expect_limit(
        &[
            "x = 7 ** 10**8",
            "for _ in range(1000):\n    s = 'ab' * 10**7",
            "data = list(range(10**6))\nfor _ in range(1000):\n    sorted(data, reverse=True)",
        ],
        limits,
        LimitKind::Instructions,
    );
}

/// Huge widths and precisions in format specs and %-formatting raise or meet the memory limit;
/// they never panic or abort.
#[test]
fn huge_widths_raise() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, limits());
        for code in [
            "format(1, '100000000000d')",
            "f'{1:{10**11}}'",
            "'%*d' % (10**10, 1)",
            "'%.*f' % (10**10, 1.5)",
            "'{:99999999999999999999}'.format(1)",
            "format(1.5, '.99999999999999999999f')",
            // Found by the `run` fuzz target: a precision of a billion built a billion digits.
            "format(1.5, '.00000000000973421571f')",
            "format(2j, '.973421571e')",
        ] {
            let outcome = support::run(&runtime, code, "<hostile>");
            let ok = match &outcome.result {
                Err(Error::Limit { kind, .. }) => *kind == LimitKind::HeapBytes,
                Err(Error::Exception { type_name, .. }) => {
                    ["MemoryError", "OverflowError", "ValueError"].contains(&type_name.as_str())
                }
                _ => false,
            };
            assert!(ok, "{backend:?}: {code:?} ended with {:?}", outcome.result);
            assert_healthy(&runtime);
        }
    }
}

#[test]
fn queues_a_program_makes_are_capped() {
    let code = "import interpreters\n\
                n = 0\n\
                try:\n    \
                    while True:\n        \
                        interpreters.create_queue()\n        \
                        n += 1\n\
                except interpreters.InterpreterError as e:\n    \
                    print(n, e)\n";
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let outcome = support::run(&runtime, code, "<hostile>");
        assert!(outcome.result.is_ok(), "{backend:?}: {:?}", outcome.result);
        assert_eq!(
            outcome.stdout, "10000 too many queues: an interpreter makes at most 10000\n",
            "{backend:?}"
        );
        // The embedder's own queues are not refused, nor another interpreter's.
        runtime.create_queue(0);
        let other = support::run(
            &runtime,
            "import interpreters\ninterpreters.create_queue()",
            "<ok>",
        );
        assert!(other.result.is_ok(), "{backend:?}: {:?}", other.result);
        assert_healthy(&runtime);
    }
}

/// What the program flushes reaches the process while it is still running.
#[test]
fn flushed_output_arrives_at_once() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    for backend in ["", "--native"] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_isola"));
        if !backend.is_empty() {
            command.arg(backend);
        }
        let program = "import sys, time\nprint('one', flush=True)\nsys.stdout.write('two\\n')\n\
                       sys.stdout.flush()\ntime.sleep(30)";
        let mut child = command
            .args(["--timeout", "20s", "-c", program])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting isola");
        let mut stdout = child.stdout.take().expect("piped stdout");
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut seen = Vec::new();
            let mut buf = [0u8; 64];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                seen.extend_from_slice(&buf[..n]);
                if seen.ends_with(b"two\n") {
                    let _ = send.send(seen.clone());
                }
            }
        });
        let seen = receive.recv_timeout(Duration::from_secs(10));
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(
            seen.as_deref(),
            Ok(&b"one\ntwo\n"[..]),
            "isola {backend}: flushed output did not arrive while the program ran"
        );
    }
}

#[test]
fn a_later_program_runs_after_a_wait_ended() {
    // The same interpreter runs again after its wait ended at the deadline.
    for backend in [Backend::Native, Backend::Wasmtime] {
        let runtime = support::runtime(backend, limits());
        let (interpreter, capture) = support::create(&runtime);
        let result = interpreter.exec("import time\ntime.sleep(100)");
        assert!(
            is_limit(&result, LimitKind::Timeout),
            "{backend:?}: {result:?}"
        );
        capture.clear();
        let result = interpreter.exec("print('after')");
        if result.is_ok() {
            assert_eq!(capture.stdout(), "after\n", "{backend:?}");
        }
        assert_healthy(&runtime);
    }
}

#[test]
fn other_interpreters_run_while_one_is_stuck() {
    // One interpreter blocks in a queue get and another grinds a huge power; a third, of the same
    // runtime, runs a small program at the same time and finishes long before their deadline.
    for backend in BACKENDS {
        let runtime = support::runtime(backend, limits());
        let stuck: Vec<_> = [
            "import interpreters\ninterpreters.create_queue().get()",
            "x = 7 ** 10**8",
        ]
        .into_iter()
        .map(|code| {
            let (interpreter, _capture) = support::create(&runtime);
            std::thread::spawn(move || interpreter.exec(code))
        })
        .collect();
        std::thread::sleep(Duration::from_millis(50));
        let outcome = support::run(&runtime, "print(sum(range(1000)))", "<bystander>");
        assert_eq!(
            (outcome.result.is_ok(), outcome.stdout.as_str()),
            (true, "499500\n"),
            "{backend:?}"
        );
        assert!(
            outcome.elapsed < TIMEOUT,
            "{backend:?}: the bystander took {:?}",
            outcome.elapsed
        );
        for handle in stuck {
            let result = handle.join().expect("the stuck interpreter's thread");
            assert!(
                is_limit(&result, LimitKind::Timeout),
                "{backend:?}: {result:?}"
            );
        }
    }
}
