//! Embedding isola in a Rust program.
//!
//! Run with `cargo run --release --example embed`.
//!
//! Build a runtime once (it loads the compiled guest), create an isolated interpreter from it,
//! run code whose globals persist between calls, and get Python's exceptions back as values.

fn main() -> Result<(), isola::Error> {
    let limits = isola::Limits {
        timeout_ns: Some(2_000_000_000),
        ..isola::Limits::default()
    };
    let rt = isola::Runtime::builder().limits(limits).build()?;
    let interp = rt.create()?; // its own wasm instance, thread and lock
    interp.exec("x = 40 + 2")?;
    interp.exec("print('x =', x)")?;
    if let Err(isola::Error::Exception { traceback, .. }) = interp.exec("x / 0") {
        eprint!("{traceback}");
    }
    Ok(())
}
