//! Eight wasmtime interpreters on eight threads at once: each computes from its own index, sees
//! only its own globals, and its captured output is exactly its own. Also interpreters created
//! and closed in quick succession from several threads, reusing the runtime's parked threads.

use std::sync::Barrier;

use isola::{Backend, Limits};

use crate::support;

const INTERPRETERS: usize = 8;

/// The program of interpreter `index`: set a global named after itself, compute a sum that
/// depends on the index, and report which of the other interpreters' globals it can see.
fn program(index: usize) -> String {
    let mut code = format!(
        "marker_{index} = {index}\n\
         total = 0\n\
         for k in range(1, 20001):\n    total += k * {index} + k % 7\n\
         print('interpreter', marker_{index}, 'total', total)\n\
         seen = []\n"
    );
    for other in 0..INTERPRETERS {
        code.push_str(&format!(
            "try:\n    marker_{other}\n    seen.append({other})\nexcept NameError:\n    pass\n"
        ));
    }
    code.push_str("print('sees', seen)\n");
    code
}

/// What `program(index)` prints, computed here.
fn expected(index: usize) -> String {
    let total: u64 = (1..=20000u64).map(|k| k * index as u64 + k % 7).sum();
    format!("interpreter {index} total {total}\nsees [{index}]\n")
}

#[test]
fn eight_interpreters_run_in_parallel_in_isolation() {
    let runtime = support::runtime(Backend::Wasmtime, Limits::default());
    let barrier = Barrier::new(INTERPRETERS);
    let outputs: Vec<(String, String)> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..INTERPRETERS)
            .map(|index| {
                let (runtime, barrier) = (&runtime, &barrier);
                scope.spawn(move || {
                    let (interpreter, capture) = support::create(runtime);
                    // Start all the programs together, so that they really overlap.
                    barrier.wait();
                    let result = interpreter.exec_named(&program(index), &format!("p{index}.py"));
                    assert!(result.is_ok(), "interpreter {index}: {result:?}");
                    // The globals persist within one interpreter.
                    let again = interpreter.exec(&format!("print(marker_{index} * 2)"));
                    assert!(again.is_ok(), "interpreter {index}: {again:?}");
                    (capture.stdout(), capture.stderr())
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|thread| thread.join().expect("test thread"))
            .collect()
    });
    for (index, (stdout, stderr)) in outputs.iter().enumerate() {
        assert_eq!(
            stdout,
            &format!("{}{}\n", expected(index), index * 2),
            "interpreter {index}"
        );
        assert_eq!(stderr, "", "interpreter {index}");
    }
}

/// Interpreters created, used and closed in quick succession from several threads reuse the
/// runtime's parked threads; every call must still get its own reply and output.
#[test]
fn churn_reuses_threads_without_mixing_replies() {
    for backend in support::BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        std::thread::scope(|scope| {
            for thread in 0..4 {
                let runtime = &runtime;
                scope.spawn(move || {
                    for round in 0..150 {
                        let (interpreter, capture) = support::create(runtime);
                        let tag = thread * 1000 + round;
                        let result = interpreter.exec(&format!("tag = {tag}\nprint(tag)"));
                        assert!(result.is_ok(), "{backend:?} {tag}: {result:?}");
                        let error = interpreter.exec("tag.missing");
                        assert!(
                            matches!(&error, Err(isola::Error::Exception { type_name, .. })
                                if type_name == "AttributeError"),
                            "{backend:?} {tag}: {error:?}"
                        );
                        assert_eq!(capture.stdout(), format!("{tag}\n"), "{backend:?}");
                    }
                });
            }
        });
    }
}
