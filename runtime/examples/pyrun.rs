//! A minimal native runner for debugging the VM without the host crate.
//!
//! Run with `cargo run --release -p isola-runtime --example pyrun -- FILE.py`.

use std::io::Write;

use isola_runtime::{ExecError, Host, Interpreter, Limits, Stream};

struct StdHost {
    start: std::time::Instant,
}

impl Host for StdHost {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        let _ = match stream {
            Stream::Stdout => std::io::stdout().write_all(data),
            Stream::Stderr => std::io::stderr().write_all(data),
        };
    }

    fn monotonic_ns(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    fn sleep_until(&mut self, until_ns: u64) {
        let now = self.monotonic_ns();
        std::thread::sleep(std::time::Duration::from_nanos(
            until_ns.saturating_sub(now),
        ));
    }

    fn flush(&mut self, stream: Stream) {
        let _ = match stream {
            Stream::Stdout => std::io::stdout().flush(),
            Stream::Stderr => std::io::stderr().flush(),
        };
    }

    fn wall_time(&mut self) -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        // The debug runner needs no real entropy: bytes from the clock are enough to vary seeds.
        let mut x = self.start.elapsed().as_nanos() as u64 | 1;
        for b in buf {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
}

/// Adds every `.py` file under `dir` as a module source, so that a change to the standard
/// library (`ISOLA_PYLIB=runtime/lib`) can be tried without rebuilding the runtime.
fn add_library(interp: &mut Interpreter, dir: &std::path::Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = format!("{prefix}{stem}");
        if path.is_dir() {
            if let Ok(src) = std::fs::read_to_string(path.join("__init__.py")) {
                interp.add_module_source(&name, &src, true);
            }
            add_library(interp, &path, &format!("{name}."));
        } else if path.extension().is_some_and(|e| e == "py") && stem != "__init__" {
            if let Ok(src) = std::fs::read_to_string(&path) {
                interp.add_module_source(&name, &src, false);
            }
        }
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pyrun FILE.py");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pyrun: cannot open '{path}': {e}");
            std::process::exit(2);
        }
    };
    let mut interp = Interpreter::new(
        Limits::default(),
        Box::new(StdHost {
            start: std::time::Instant::now(),
        }),
    );
    // `sys.argv` as CPython's: the script, then its arguments.
    interp.set_argv(std::env::args().skip(1).collect());
    if let Some(dir) = std::env::var_os("ISOLA_PYLIB") {
        add_library(&mut interp, std::path::Path::new(&dir), "");
    }
    let code = match interp.exec(&source, &path) {
        Ok(()) => 0,
        Err(ExecError::Exception { traceback, .. }) => {
            eprint!("{traceback}");
            1
        }
        Err(ExecError::Exit(code)) => code,
        Err(e) => {
            eprintln!("pyrun: {e}");
            1
        }
    };
    // Shutdown, as CPython's: atexit callbacks and the finalizers of what __main__ held.
    if let Err(e) = interp.finish() {
        eprintln!("pyrun: {e}");
    }
    let _ = std::io::stdout().flush();
    if let Some(n) = interp.bytecodes_executed() {
        eprintln!("pyrun: {n} bytecodes executed");
    }
    std::process::exit(code);
}
