//! Stress: 10,000 interpreters created and closed with memory back near its baseline, and
//! 1,000,000 messages through queues among several interpreters, none lost or duplicated.

use std::time::Instant;

use isola::{Backend, Limits, Shareable};

use crate::support::{self, BACKENDS};

/// The process's resident set, from /proc/self/statm (None where there is no /proc).
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[test]
fn ten_thousand_interpreters_come_and_go() {
    let _quiet = support::RESIDENT_MEMORY.lock();
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        // Warm up the thread pool, the allocator and (under wasmtime) the instance pool.
        for _ in 0..200 {
            let interp = runtime.create().expect("create");
            interp.exec("x = [1, 2, 3]").expect("exec");
        }
        let baseline = resident_bytes();
        let start = Instant::now();
        for i in 0..10_000 {
            let interp = runtime.create().expect("create");
            if i % 100 == 0 {
                // Now and then a child from Python too, closed with its parent.
                interp
                    .exec("import interpreters\ninterpreters.create().exec('y = 1')")
                    .expect("exec");
            } else {
                interp.exec("x = [1, 2, 3]").expect("exec");
            }
        }
        assert_eq!(runtime.interpreter_count(), 0, "{backend:?}");
        let elapsed = start.elapsed();
        if let (Some(before), Some(after)) = (baseline, resident_bytes()) {
            let growth = after.saturating_sub(before);
            assert!(
                growth < 64 << 20,
                "{backend:?}: resident memory grew by {growth} bytes over 10,000 interpreters"
            );
        }
        eprintln!(
            "{backend:?}: 10,000 interpreters in {elapsed:?}, resident {baseline:?} -> {:?}",
            resident_bytes()
        );
    }
}

/// Producers put disjoint ranges of ints; relays move them from one queue to another; the test
/// takes every message off the last queue and checks each arrived exactly once.
fn million_messages(backend: Backend, total: usize) {
    const PRODUCERS: usize = 4;
    const RELAYS: usize = 2;
    let runtime = support::runtime(backend, Limits::default());
    let first = runtime.create_queue(10_000);
    let last = runtime.create_queue(10_000);
    let per_producer = total / PRODUCERS;
    let per_relay = total / RELAYS;
    let producers: Vec<_> = (0..PRODUCERS)
        .map(|p| {
            let interp = runtime.create().expect("create");
            interp
                .prepare_main([
                    ("q", first.clone().into()),
                    ("start", Shareable::Int((p * per_producer) as i64)),
                    ("count", Shareable::Int(per_producer as i64)),
                ])
                .expect("prepare_main");
            interp
        })
        .collect();
    let relays: Vec<_> = (0..RELAYS)
        .map(|_| {
            let interp = runtime.create().expect("create");
            interp
                .prepare_main([
                    ("a", first.clone().into()),
                    ("b", last.clone().into()),
                    ("count", Shareable::Int(per_relay as i64)),
                ])
                .expect("prepare_main");
            interp
        })
        .collect();
    let start = Instant::now();
    let mut seen = vec![false; total];
    std::thread::scope(|scope| {
        for interp in &producers {
            scope.spawn(move || {
                interp
                    .exec("for i in range(start, start + count):\n    q.put(i)")
                    .expect("producer");
            });
        }
        for interp in &relays {
            scope.spawn(move || {
                interp
                    .exec("get = a.get\nput = b.put\nfor _ in range(count):\n    put(get())")
                    .expect("relay");
            });
        }
        for _ in 0..total {
            match last.get().expect("get") {
                Shareable::Int(i) => {
                    let slot = seen.get_mut(i as usize).expect("message in range");
                    assert!(!*slot, "{backend:?}: message {i} arrived twice");
                    *slot = true;
                }
                other => panic!("{backend:?}: unexpected message {other:?}"),
            }
        }
    });
    assert!(seen.iter().all(|s| *s), "{backend:?}: a message was lost");
    assert!(first.is_empty() && last.is_empty(), "{backend:?}");
    eprintln!(
        "{backend:?}: {total} messages through {} interpreters in {:?}",
        PRODUCERS + RELAYS,
        start.elapsed()
    );
}

#[test]
fn a_million_messages_native() {
    million_messages(Backend::Native, 1_000_000);
}

#[test]
fn a_million_messages_wasmtime() {
    million_messages(Backend::Wasmtime, 1_000_000);
}
