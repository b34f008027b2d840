//! Ctrl-C for the `isola` command, as python3 handles it: SIGINT raises `KeyboardInterrupt` in
//! the running program (through each interpreter's `InterruptHandle`) instead of killing the
//! process, and a program that ends with it uncaught dies by SIGINT after its traceback, so
//! that the shell sees status 130 and a script running it stops too. At the interactive prompt
//! rustyline reads Ctrl-C as a key (the terminal is in raw mode then), so only running code
//! gets the signal. Part of the binary only.

use std::sync::{Arc, Once};

use isola::{Error, Interpreter, InterruptHandle};
use parking_lot::Mutex;

/// The exit status of a program that an uncaught `KeyboardInterrupt` ended, when it cannot
/// die by the signal itself: 128 + SIGINT, what a shell reports for a death by SIGINT.
pub(crate) const INTERRUPTED_STATUS: u8 = 130;

/// The interpreters that a SIGINT interrupts. The handler is installed with the first one, so
/// that Ctrl-C before any interpreter exists (while the guest compiles) still ends the process.
#[derive(Clone)]
pub(crate) struct Sigint {
    handles: Arc<Mutex<Vec<InterruptHandle>>>,
    installed: Arc<Once>,
}

impl Default for Sigint {
    fn default() -> Sigint {
        Sigint {
            handles: Arc::default(),
            installed: Arc::new(Once::new()),
        }
    }
}

impl Sigint {
    /// Interrupt `interpreter` on every SIGINT from now on.
    pub(crate) fn watch(&self, interpreter: &Interpreter) {
        self.handles.lock().push(interpreter.interrupt_handle());
        self.installed.call_once(|| self.install());
    }

    /// Start the thread that waits for SIGINT and interrupts every watched interpreter. A
    /// second Ctrl-C while the first is pending changes nothing: the program sees one
    /// `KeyboardInterrupt` at a time, and the process is never killed by it.
    #[cfg(unix)]
    fn install(&self) {
        use signal_hook::consts::SIGINT;
        use signal_hook::iterator::Signals;
        let Ok(mut signals) = Signals::new([SIGINT]) else {
            // Without the handler Ctrl-C kills the process, as it did before: no worse.
            return;
        };
        let handles = Arc::clone(&self.handles);
        let spawned = std::thread::Builder::new()
            .name("isola-sigint".into())
            .spawn(move || {
                for _ in signals.forever() {
                    for handle in handles.lock().iter() {
                        handle.interrupt();
                    }
                }
            });
        // Without the thread no signal is acted on; the program runs on uninterruptible.
        drop(spawned);
    }

    #[cfg(not(unix))]
    fn install(&self) {}
}

/// Whether a run ended with an uncaught `KeyboardInterrupt`.
pub(crate) fn is_interrupted(outcome: &Result<(), Error>) -> bool {
    matches!(outcome, Err(Error::Exception { type_name, .. }) if type_name == "KeyboardInterrupt")
}

/// End the process as python3 does after an uncaught `KeyboardInterrupt`: by SIGINT with its
/// default action, so that the parent sees a death by the signal. Returns the status to exit
/// with where that is not possible.
pub(crate) fn end_interrupted() -> u8 {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    #[cfg(unix)]
    {
        // Resets SIGINT to its default action and raises it; returns only if that failed.
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
    INTERRUPTED_STATUS
}
