//! Where an interpreter's output goes: the process's stdout and stderr, or a [`Sink`].

use std::io::{IsTerminal, Write};
use std::sync::Arc;

use isola_runtime::Stream;

/// A destination for an interpreter's output: called with each chunk the program writes, on the
/// interpreter's own thread. Give each interpreter its own sink (see
/// [`Runtime::create_with_sink`](crate::Runtime::create_with_sink)) to capture its output
/// separately; a sink shared by several interpreters is called from several threads at once.
pub type Sink = Arc<dyn Fn(Stream, &[u8]) + Send + Sync>;

/// Flush the stdout buffer once it holds this much, even when stdout is not a terminal.
const STDOUT_BUFFER_BYTES: usize = 64 * 1024;

/// One interpreter's output state, owned by its thread.
pub(crate) enum Output {
    /// Forward to the process's streams. Stdout is buffered per interpreter (as CPython buffers a
    /// piped stdout) and flushed at the end of each exec, before each stderr write, and at each
    /// newline when stdout is a terminal.
    Inherit { stdout: Vec<u8>, terminal: bool },
    /// Hand every chunk to the sink as it comes.
    Sink(Sink),
}

impl Output {
    pub(crate) fn new(sink: Option<Sink>) -> Output {
        match sink {
            Some(sink) => Output::Sink(sink),
            None => Output::Inherit {
                stdout: Vec::new(),
                terminal: std::io::stdout().is_terminal(),
            },
        }
    }

    pub(crate) fn write(&mut self, stream: Stream, data: &[u8]) {
        match self {
            Output::Sink(sink) => sink(stream, data),
            Output::Inherit { stdout, terminal } => match stream {
                Stream::Stdout => {
                    stdout.extend_from_slice(data);
                    if stdout.len() >= STDOUT_BUFFER_BYTES || (*terminal && data.contains(&b'\n')) {
                        self.flush();
                    }
                }
                Stream::Stderr => {
                    self.flush();
                    // A failed write to the process's stderr has nowhere better to be reported.
                    let _ = std::io::stderr().write_all(data);
                }
            },
        }
    }

    /// The program flushed `stream` (`print(flush=True)`, `sys.stdout.flush()`): what it
    /// wrote reaches the process's stream now. A sink has nothing buffered; stderr is written
    /// through already.
    pub(crate) fn flush_stream(&mut self, stream: Stream) {
        match stream {
            Stream::Stdout => self.flush(),
            Stream::Stderr => {
                if let Output::Inherit { .. } = self {
                    let _ = std::io::stderr().flush();
                }
            }
        }
    }

    /// Push buffered stdout to the process. Write errors (a closed pipe) are dropped, as the
    /// program has no way to observe them.
    pub(crate) fn flush(&mut self) {
        if let Output::Inherit { stdout, .. } = self {
            if !stdout.is_empty() {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(stdout);
                let _ = out.flush();
                stdout.clear();
            }
        }
    }
}
