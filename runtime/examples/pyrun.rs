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
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}
