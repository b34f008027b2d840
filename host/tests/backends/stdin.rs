//! Standard input given by the embedder (`RuntimeBuilder::stdin`, `stdin_bytes`), on both
//! backends: `input()` and `sys.stdin` read it, interpreters share it, none is EOF, and a source
//! that blocks past the time limit ends the run with that limit.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use isola::{Error, LimitKind, Limits, Runtime};

use crate::support::{self, BACKENDS};

#[test]
fn embedder_bytes_are_read_and_shared() {
    for backend in BACKENDS {
        let runtime = Runtime::builder()
            .backend(backend)
            .stdin_bytes("first\nsecond\nthird\n")
            .build()
            .expect("building a runtime");
        // Each interpreter reads ahead into its own buffer, as CPython's do: the child's first
        // read takes all there is, and the parent finds the shared source at its end.
        let code = "import interpreters\n\
                    child = interpreters.create()\n\
                    child.exec('print(\"child\", input())')\n\
                    import sys\nprint(repr(sys.stdin.read()))\n";
        let outcome = support::run(&runtime, code, "<test>");
        assert!(outcome.result.is_ok(), "{backend:?}: {:?}", outcome.result);
        assert_eq!(outcome.stdout, "child first\n''\n", "{backend:?}");
        let runtime = Runtime::builder()
            .backend(backend)
            .stdin_bytes("first\nsecond\nthird\n")
            .build()
            .expect("building a runtime");
        let code = "import sys\nprint(input('> '))\nprint(repr(sys.stdin.read()))\n";
        let outcome = support::run(&runtime, code, "<test>");
        assert!(outcome.result.is_ok(), "{backend:?}: {:?}", outcome.result);
        assert_eq!(
            outcome.stdout, "> first\n'second\\nthird\\n'\n",
            "{backend:?}"
        );
    }
}

#[test]
fn a_callback_is_asked_until_it_returns_nothing() {
    for backend in BACKENDS {
        let calls = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&calls);
        let runtime = Runtime::builder()
            .backend(backend)
            .stdin(move |max| {
                assert!(max > 0);
                match counted.fetch_add(1, Ordering::Relaxed) {
                    0 => b"ab".to_vec(),
                    1 => b"c\nd".to_vec(),
                    _ => Vec::new(),
                }
            })
            .build()
            .expect("building a runtime");
        let code = "import sys\nprint(list(sys.stdin), repr(sys.stdin.read()))\n";
        let outcome = support::run(&runtime, code, "<test>");
        assert!(outcome.result.is_ok(), "{backend:?}: {:?}", outcome.result);
        assert_eq!(outcome.stdout, "['abc\\n', 'd'] ''\n", "{backend:?}");
        // After the end of input the source is not asked again.
        assert_eq!(calls.load(Ordering::Relaxed), 3, "{backend:?}");
    }
}

#[test]
fn without_stdin_input_raises_eof() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let outcome = support::run(
            &runtime,
            "import sys\nprint(repr(sys.stdin.read()))\ninput('? ')",
            "<test>",
        );
        assert_eq!(outcome.stdout, "''\n? ", "{backend:?}");
        assert!(
            matches!(&outcome.result, Err(Error::Exception { type_name, .. }) if type_name == "EOFError"),
            "{backend:?}: {:?}",
            outcome.result
        );
    }
}

#[test]
fn a_source_blocking_past_the_deadline_ends_with_the_time_limit() {
    for backend in BACKENDS {
        let limits = Limits {
            timeout_ns: Some(100_000_000),
            ..Limits::default()
        };
        // Longer than wasmtime's backstop (twice the limit plus 100 ms): blocking on input does
        // not count against it, so the run still ends with the clean time limit.
        let runtime = Runtime::builder()
            .backend(backend)
            .limits(limits)
            .stdin(|_| {
                std::thread::sleep(Duration::from_millis(600));
                b"late\n".to_vec()
            })
            .build()
            .expect("building a runtime");
        let outcome = support::run(&runtime, "print(input())", "<test>");
        assert!(
            matches!(
                outcome.result,
                Err(Error::Limit {
                    kind: LimitKind::Timeout,
                    ..
                })
            ),
            "{backend:?}: {:?}",
            outcome.result
        );
        assert_eq!(outcome.stdout, "", "{backend:?}");
        support::assert_healthy(&runtime);
    }
}
