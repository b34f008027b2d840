//! Measures how long it takes to create an isolated interpreter and to run a trivial exec.
//!
//! Run with `cargo run --release --example create_bench [ITERATIONS]`.
//!
//! For each backend it builds one runtime, then times `create()` followed by dropping the
//! interpreter (which joins its thread and frees its instance), and separately `exec("pass")`
//! on one interpreter. It prints the median and mean per operation.

use std::sync::Arc;
use std::time::{Duration, Instant};

use isola::{Backend, Runtime};

fn main() -> Result<(), isola::Error> {
    let iterations: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    for backend in [Backend::Wasmtime, Backend::Native] {
        let start = Instant::now();
        // Output is discarded: only the machinery is measured.
        let rt = Runtime::builder()
            .backend(backend)
            .sink(Arc::new(|_, _| {}))
            .build()?;
        println!("{backend:?}: runtime built in {:?}", start.elapsed());

        let mut create = Vec::with_capacity(iterations);
        let mut create_only = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            let start = Instant::now();
            let interp = rt.create()?;
            create_only.push(start.elapsed());
            drop(interp);
            create.push(start.elapsed());
        }
        report(backend, "create (ready to run)", &mut create_only);
        report(backend, "create + close", &mut create);

        let interp = rt.create()?;
        let mut exec = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            let start = Instant::now();
            interp.exec("pass")?;
            exec.push(start.elapsed());
        }
        report(backend, "exec(\"pass\")", &mut exec);
    }
    Ok(())
}

fn report(backend: Backend, what: &str, samples: &mut [Duration]) {
    samples.sort();
    let median = samples[samples.len() / 2];
    let mean = samples.iter().sum::<Duration>() / samples.len() as u32;
    println!(
        "{backend:?}: {what}: median {median:?}, mean {mean:?} over {} runs",
        samples.len()
    );
}
