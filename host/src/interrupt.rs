//! Interrupting a running interpreter from another thread, as Ctrl-C interrupts python3: a
//! request that the interpreter's host hands to the runtime (`Host::take_interrupt`), which
//! raises `KeyboardInterrupt` in the running code at its next check, and that wakes the
//! interpreter's sleeps and queue waits so that they end at once.

use std::sync::Arc;
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

/// One interpreter's pending interrupt request and the waits it wakes. Shared by the
/// interpreter's host (which takes the request) and every [`InterruptHandle`] (which makes it).
#[derive(Default)]
pub(crate) struct Interrupt {
    pending: Mutex<bool>,
    wake: Condvar,
}

impl Interrupt {
    /// Ask for an interrupt and wake the interpreter's wait, if it is in one. Asking again
    /// while one is pending changes nothing: the code sees one `KeyboardInterrupt`.
    pub(crate) fn raise(&self) {
        *self.pending.lock() = true;
        self.wake.notify_all();
    }

    /// Whether an interrupt was asked for, clearing the request.
    pub(crate) fn take(&self) -> bool {
        std::mem::take(&mut *self.pending.lock())
    }

    /// Whether an interrupt is pending, leaving it for [`Interrupt::take`].
    pub(crate) fn is_pending(&self) -> bool {
        *self.pending.lock()
    }

    /// Sleep until `until`, or less if an interrupt is asked for (or already pending).
    pub(crate) fn sleep_until(&self, until: Instant) {
        let mut pending = self.pending.lock();
        while !*pending {
            if self.wake.wait_until(&mut pending, until).timed_out() {
                return;
            }
        }
    }
}

/// A handle that interrupts one [`Interpreter`](crate::Interpreter)'s running code, as Ctrl-C
/// interrupts python3's: [`interrupt`](InterruptHandle::interrupt) raises `KeyboardInterrupt`
/// in the code the interpreter runs (in its main thread, within the next 10,000 instructions,
/// or at once when it sleeps or waits on a queue), so that `try`/`except KeyboardInterrupt` and
/// `finally` blocks run; uncaught, the run fails with [`Error::Exception`](crate::Error) whose
/// type is `KeyboardInterrupt`. Get one with [`Interpreter::interrupt_handle`]; it is cheap to
/// clone, `Send` and `Sync`, and may outlive its interpreter (it then does nothing). Calling it
/// from a signal handler is not safe (it takes a lock): call it from a thread that waits for
/// the signal, as the `isola` command does.
///
/// A request made while the interpreter is idle stays pending, and the next run raises it at
/// its first instruction; [`clear`](InterruptHandle::clear) drops it. Code that the interrupt
/// cannot reach until it ends: a single long built-in call (`sorted` of ten million items), a
/// blocking read of stdin, and a call into another interpreter (which has its own handle).
///
/// [`Interpreter::interrupt_handle`]: crate::Interpreter::interrupt_handle
///
/// ```
/// # fn main() -> Result<(), isola::Error> {
/// use isola::{Backend, Runtime, Shareable};
/// let rt = Runtime::builder().backend(Backend::Native).build()?;
/// let interp = rt.create()?;
/// let handle = interp.interrupt_handle();
/// let ready = rt.create_queue(0);
/// interp.prepare_main([("ready", ready.clone().into())])?;
/// // The program says when it is inside its `try`; then the handle interrupts it.
/// let interrupter = std::thread::spawn(move || {
///     ready.get().map(|_| handle.interrupt())
/// });
/// interp.exec(
///     "try:\n    ready.put(1)\n    while True: pass\nexcept KeyboardInterrupt:\n    caught = 1",
/// )?;
/// interrupter.join().unwrap()?;
/// assert_eq!(interp.call("lambda: caught", vec![])?, Shareable::Int(1));
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct InterruptHandle(pub(crate) Arc<Interrupt>);

impl InterruptHandle {
    /// Raise `KeyboardInterrupt` in the interpreter's running code (or its next run).
    pub fn interrupt(&self) {
        self.0.raise();
    }

    /// Drop an interrupt that no run has raised yet.
    pub fn clear(&self) {
        self.0.take();
    }
}

impl std::fmt::Debug for InterruptHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InterruptHandle")
            .field("pending", &self.0.is_pending())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_request_is_taken_once() {
        let interrupt = Interrupt::default();
        assert!(!interrupt.take());
        interrupt.raise();
        interrupt.raise();
        assert!(interrupt.is_pending());
        assert!(interrupt.take());
        assert!(!interrupt.take());
    }

    #[test]
    fn a_request_ends_a_sleep() {
        let interrupt = Arc::new(Interrupt::default());
        let other = Arc::clone(&interrupt);
        let raiser = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            other.raise();
        });
        // Without the request this would sleep for an hour.
        interrupt.sleep_until(Instant::now() + Duration::from_secs(3600));
        assert!(interrupt.take());
        raiser.join().unwrap();
    }
}
