//! Measures subinterpreters: creation (from Rust and from Python), imports in a fresh
//! interpreter, idle memory, queue round trips and throughput, and the
//! speedup of N CPU-bound interpreters on N threads.
//!
//! Run with `cargo run --release --example interpreters_bench [ITERATIONS]` (or `cargo xtask
//! bench interpreters`, which also runs CPython 3.13's `_interpreters` beside it).
//!
//! For each backend it prints one line per measurement in the form `backend | what | value`,
//! which the xtask gathers into a table.

use std::sync::Arc;
use std::time::{Duration, Instant};

use isola::{Backend, Interpreter, Runtime, Shareable};

fn main() -> Result<(), isola::Error> {
    let iterations: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for backend in [Backend::Native, Backend::Wasmtime] {
        let name = match backend {
            Backend::Native => "isola native",
            Backend::Wasmtime => "isola wasmtime",
        };
        // Output is discarded: only the machinery is measured.
        let rt = Runtime::builder()
            .backend(backend)
            .sink(Arc::new(|_, _| {}))
            .max_instances(1100)
            .build()?;
        row(
            name,
            "create + close",
            &format!("{:.1} µs", create_close(&rt, iterations)?),
        );
        row(
            name,
            "create + exec(pass) + close",
            &format!("{:.1} µs", create_exec_close(&rt, iterations)?),
        );
        row(
            name,
            "interpreters.create() + close() in Python",
            &format!("{:.1} µs", python_create_close(&rt, iterations)?),
        );
        row(
            name,
            &format!("import {IMPORTS} (fresh interpreter)"),
            &format!("{:.2} ms", fresh_imports(&rt, 20)?),
        );
        row(
            name,
            "memory per idle interpreter (1000)",
            &match idle_memory(&rt, 1000)? {
                Some(bytes) => format!("{:.0} KiB", bytes / 1024.0),
                None => "n/a (no /proc)".into(),
            },
        );
        let (round_trip, one_way) = queues(&rt, iterations * 20)?;
        row(name, "queue round trip", &format!("{round_trip:.2} µs"));
        row(
            name,
            "queue one-way throughput",
            &format!("{:.0} k msg/s", one_way / 1000.0),
        );
        let single = cpu_bound(&rt, 1)?;
        for n in 1..=cores {
            let time = if n == 1 { single } else { cpu_bound(&rt, n)? };
            let speedup = n as f64 * single.as_secs_f64() / time.as_secs_f64();
            row(
                name,
                &format!("speedup, {n} interpreters"),
                &format!("{speedup:.2}x"),
            );
        }
    }
    Ok(())
}

fn row(engine: &str, what: &str, value: &str) {
    println!("{engine} | {what} | {value}");
}

/// The modules whose import in a fresh interpreter is measured (the speed issue's list).
const IMPORTS: &str = "json, re, collections, dataclasses, typing";

/// Median microseconds of creating an interpreter through the Rust API and closing it.
fn create_close(rt: &Runtime, iterations: usize) -> Result<f64, isola::Error> {
    let mut times = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let start = Instant::now();
        drop(rt.create()?);
        times.push(start.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2].as_secs_f64() * 1e6)
}

/// Median microseconds of `interpreters.create()` followed by `close()`, timed in Python.
fn python_create_close(rt: &Runtime, iterations: usize) -> Result<f64, isola::Error> {
    let interp = rt.create()?;
    interp.exec(&format!(
        "import interpreters, time\n\
         times = []\n\
         for _ in range({iterations}):\n    \
             start = time.perf_counter_ns()\n    \
             interpreters.create().close()\n    \
             times.append(time.perf_counter_ns() - start)\n\
         times.sort()\n\
         def median():\n    \
             return times[len(times) // 2] / 1000\n"
    ))?;
    match interp.call("median", Vec::new())? {
        Shareable::Float(micros) => Ok(micros),
        other => Err(isola::Error::Interpreter(format!(
            "the median came back as {other:?}"
        ))),
    }
}

/// Median milliseconds of importing [`IMPORTS`] in a fresh interpreter (created untimed).
fn fresh_imports(rt: &Runtime, iterations: usize) -> Result<f64, isola::Error> {
    let mut times = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let interp = rt.create()?;
        let start = Instant::now();
        interp.exec(&format!("import {IMPORTS}"))?;
        times.push(start.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2].as_secs_f64() * 1e3)
}

/// Median microseconds of create, exec("pass") and close.
fn create_exec_close(rt: &Runtime, iterations: usize) -> Result<f64, isola::Error> {
    let mut times = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let start = Instant::now();
        let interp = rt.create()?;
        interp.exec("pass")?;
        drop(interp);
        times.push(start.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2].as_secs_f64() * 1e6)
}

/// Resident bytes per interpreter with `count` idle ones alive.
fn idle_memory(rt: &Runtime, count: usize) -> Result<Option<f64>, isola::Error> {
    // Warm up: the first interpreters fault in shared code and the thread pool.
    drop(rt.create()?);
    let Some(before) = resident_bytes() else {
        return Ok(None);
    };
    let mut live: Vec<Interpreter> = Vec::with_capacity(count);
    for _ in 0..count {
        let interp = rt.create()?;
        interp.exec("pass")?;
        live.push(interp);
    }
    let after = resident_bytes().unwrap_or(before);
    drop(live);
    Ok(Some(after.saturating_sub(before) as f64 / count as f64))
}

/// The process's resident set, from /proc/self/statm.
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// Microseconds per round trip between two interpreters (ping, then pong), and one-way messages
/// per second from one interpreter to another.
fn queues(rt: &Runtime, messages: usize) -> Result<(f64, f64), isola::Error> {
    let ping = rt.create_queue(0);
    let pong = rt.create_queue(0);
    let echo = rt.create()?;
    let caller = rt.create()?;
    let n = Shareable::Int(messages as i64);
    echo.prepare_main([
        ("a", ping.clone().into()),
        ("b", pong.clone().into()),
        ("n", n.clone()),
    ])?;
    caller.prepare_main([
        ("a", ping.clone().into()),
        ("b", pong.clone().into()),
        ("n", n),
    ])?;
    let round_trip = std::thread::scope(|scope| {
        let echoing = scope.spawn(|| echo.exec("for _ in range(n):\n    b.put(a.get())"));
        let start = Instant::now();
        let result = caller.exec("for i in range(n):\n    a.put(i)\n    b.get()");
        let elapsed = start.elapsed();
        let echoed = echoing
            .join()
            .unwrap_or_else(|_| Err(isola::Error::Trap("panic".into())));
        result.and(echoed).map(|()| elapsed)
    })?;
    let one_way = std::thread::scope(|scope| {
        let start = Instant::now();
        let consuming = scope.spawn(|| echo.exec("for _ in range(n):\n    a.get()"));
        let result = caller.exec("for i in range(n):\n    a.put(i)");
        let consumed = consuming
            .join()
            .unwrap_or_else(|_| Err(isola::Error::Trap("panic".into())));
        result.and(consumed).map(|()| start.elapsed())
    })?;
    Ok((
        round_trip.as_secs_f64() * 1e6 / messages as f64,
        messages as f64 / one_way.as_secs_f64(),
    ))
}

/// Wall time for `n` interpreters each running the same CPU-bound loop on its own thread.
fn cpu_bound(rt: &Runtime, n: usize) -> Result<Duration, isola::Error> {
    let interps: Vec<Interpreter> = (0..n).map(|_| rt.create()).collect::<Result<_, _>>()?;
    let work = "total = 0\nfor i in range(3_000_000):\n    total += i * i % 7\n";
    let start = Instant::now();
    std::thread::scope(|scope| {
        let runs: Vec<_> = interps
            .iter()
            .map(|interp| scope.spawn(move || interp.exec(work)))
            .collect();
        for run in runs {
            run.join()
                .unwrap_or_else(|_| Err(isola::Error::Trap("panic".into())))?;
        }
        Ok::<(), isola::Error>(())
    })?;
    Ok(start.elapsed())
}
