//! Runaway programs end with the limit they hit, in bounded time, on both backends, and the
//! runtime keeps creating healthy interpreters afterwards.

use std::time::Duration;

use isola::{Backend, Error, LimitKind, Limits};

use crate::support::{self, assert_healthy, BACKENDS};

/// How long any runaway program may take to be stopped, generously for a loaded 2-core machine.
const BOUND: Duration = Duration::from_secs(60);

const INFINITE_LOOP: &str = "while True:\n    pass\n";

/// Run `code` in a fresh interpreter of a runtime with `limits`, expect `check` to accept the
/// result, and check that the runtime is still healthy.
fn expect(backend: Backend, limits: Limits, code: &str, check: impl Fn(&Error) -> bool) {
    let runtime = support::runtime(backend, limits);
    let outcome = support::run(&runtime, code, "<limits>");
    match &outcome.result {
        Err(error) if check(error) => {}
        other => panic!("{backend:?}: {code:?} ended with {other:?}"),
    }
    assert!(
        outcome.elapsed < BOUND,
        "{backend:?}: {code:?} took {:?}",
        outcome.elapsed
    );
    assert_healthy(&runtime);
}

fn is_limit(error: &Error, expected: LimitKind) -> bool {
    matches!(error, Error::Limit { kind, .. } if *kind == expected)
}

fn is_memory_error(error: &Error) -> bool {
    is_limit(error, LimitKind::HeapBytes)
        || matches!(error, Error::Exception { type_name, .. } if type_name == "MemoryError")
}

#[test]
fn infinite_loop_hits_the_instruction_limit() {
    for backend in BACKENDS {
        let limits = Limits {
            max_instructions: Some(10_000_000),
            ..Limits::default()
        };
        expect(backend, limits, INFINITE_LOOP, |e| {
            is_limit(e, LimitKind::Instructions)
        });
    }
}

#[test]
fn infinite_loop_hits_the_timeout() {
    for backend in BACKENDS {
        let limits = Limits {
            timeout_ns: Some(300_000_000),
            ..Limits::default()
        };
        let runtime = support::runtime(backend, limits);
        let outcome = support::run(&runtime, INFINITE_LOOP, "<limits>");
        assert!(
            matches!(&outcome.result, Err(e) if is_limit(e, LimitKind::Timeout)),
            "{backend:?}: {:?}",
            outcome.result
        );
        // The runtime's own limit fires, well before the wasmtime backstop (twice the timeout).
        assert!(
            outcome.elapsed >= Duration::from_millis(300),
            "{:?}",
            outcome.elapsed
        );
        assert!(
            outcome.elapsed < Duration::from_secs(5),
            "{backend:?}: {:?}",
            outcome.elapsed
        );
        assert_healthy(&runtime);
    }
}

#[test]
fn memory_bombs_hit_the_memory_limit() {
    let bombs = [
        "x = []\nwhile True:\n    x.append('x' * 1000)\n",
        "x = 'x' * 10**12\n",
        "x = [0] * 10**12\n",
    ];
    for backend in BACKENDS {
        for bomb in bombs {
            let limits = Limits {
                max_heap_bytes: Some(32 << 20),
                ..Limits::default()
            };
            expect(backend, limits, bomb, is_memory_error);
        }
    }
}

/// Data held in each kind of place the heap walk must reach: each program keeps adding a
/// megabyte there, and the limit must see it, on both backends.
#[test]
fn memory_held_anywhere_hits_the_memory_limit() {
    let places = [
        // A class namespace.
        "class C:\n    pass\ni = 0\nwhile True:\n    setattr(C, f'd{i}', 'x' * 10**6)\n    i += 1\n",
        // A function's attributes.
        "def f():\n    pass\ni = 0\nwhile True:\n    setattr(f, f'd{i}', 'x' * 10**6)\n    i += 1\n",
        // A closure cell.
        "def make():\n    data = []\n    def g():\n        return data\n    return g\ng = make()\nwhile True:\n    g().append('x' * 10**6)\n",
        // An exception's attributes.
        "e = ValueError()\ne.stash = []\nwhile True:\n    e.stash.append('x' * 10**6)\n",
        // A suspended generator's frame.
        "def gen():\n    data = []\n    while True:\n        data.append('x' * 10**6)\n        yield\nit = gen()\nwhile True:\n    next(it)\n",
        // A list that only an iterator and a bound built-in method hold.
        "data = []\nit = iter(data)\nadd = data.append\ndel data\nwhile True:\n    add('x' * 10**6)\n",
        // A module in sys.modules only.
        "import sys\nimport json\ndel json\ni = 0\nwhile True:\n    setattr(sys.modules['json'], f'd{i}', 'x' * 10**6)\n    i += 1\n",
        // The builtins.
        "import builtins\nbuiltins.stash = []\nwhile True:\n    builtins.stash.append('x' * 10**6)\n",
        // A dict's keys, a set and a frozenset inside a tuple.
        "d = {}\ni = 0\nwhile True:\n    d[('x' * 10**6, i)] = frozenset([i])\n    i += 1\n",
        // A cycle that stays reachable.
        "class N:\n    pass\nroot = N()\nroot.me = root\nroot.items = []\nwhile True:\n    root.items.append(('x' * 10**6,))\n",
    ];
    for backend in BACKENDS {
        for program in places {
            let limits = Limits {
                max_heap_bytes: Some(64 << 20),
                ..Limits::default()
            };
            expect(backend, limits, program, is_memory_error);
        }
    }
}

/// Garbage cycles do not count against the limit: a loop making them runs to its end.
#[test]
fn garbage_cycles_stay_under_the_memory_limit() {
    let program = "class N:\n    pass\nfor i in range(200000):\n    a, b = N(), N()\n    a.other, b.other = b, a\n    a.data = 'x' * 1000\nprint('done')\n";
    for backend in BACKENDS {
        let limits = Limits {
            max_heap_bytes: Some(64 << 20),
            ..Limits::default()
        };
        let runtime = support::runtime(backend, limits);
        let outcome = support::run(&runtime, program, "<cycles>");
        assert!(outcome.result.is_ok(), "{backend:?}: {:?}", outcome.result);
        assert_healthy(&runtime);
    }
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let outcome = support::run(&runtime, "def f():\n    f()\nf()\n", "rec.py");
        match &outcome.result {
            Err(Error::Exception {
                type_name,
                message,
                traceback,
            }) => {
                assert_eq!(type_name, "RecursionError", "{backend:?}");
                assert_eq!(message, "maximum recursion depth exceeded", "{backend:?}");
                assert!(traceback.starts_with("Traceback (most recent call last):\n"));
                assert!(
                    traceback.contains("  File \"rec.py\", line 2, in f\n"),
                    "{traceback}"
                );
                assert!(traceback.ends_with("RecursionError: maximum recursion depth exceeded\n"));
            }
            other => panic!("{backend:?}: {other:?}"),
        }
        assert_healthy(&runtime);
    }
}

#[test]
fn print_flood_hits_the_output_limit() {
    for backend in BACKENDS {
        let limits = Limits {
            max_output_bytes: Some(1 << 20),
            ..Limits::default()
        };
        let runtime = support::runtime(backend, limits);
        let outcome = support::run(&runtime, "while True:\n    print('x' * 99)\n", "<limits>");
        assert!(
            matches!(&outcome.result, Err(e) if is_limit(e, LimitKind::OutputBytes)),
            "{backend:?}: {:?}",
            outcome.result
        );
        assert!(
            outcome.stdout.len() <= 1 << 20,
            "{backend:?}: {} bytes",
            outcome.stdout.len()
        );
        assert!(
            outcome.stdout.len() >= 1 << 19,
            "{backend:?}: {} bytes",
            outcome.stdout.len()
        );
        assert!(outcome.elapsed < BOUND);
        assert_healthy(&runtime);
    }
}
