//! Work and waits under the limits: charging instruction fuel for operations whose cost grows
//! with their arguments, checking the deadline as they go, and sleeping no later than it.
//!
//! The dispatch loop spends one unit of fuel per instruction and checks the limits each time a
//! slice of fuel runs out (`Interpreter::refuel`). A single built-in call can do far more than
//! one instruction's work (`7 ** 10**8`, `math.factorial(10**7)`, sorting ten million items),
//! so such operations charge fuel in proportion to their work through [`Interpreter::charge_work`]
//! and split what is big into pieces with a charge between them: the instruction limit counts
//! them, and the deadline stops them midway even on the native backend, which has no epoch
//! backstop. One unit is meant to cost about what one bytecode instruction costs.
//!
//! Waits (`time.sleep`, a timed lock or thread wait, a queue operation) sleep through the
//! host (`Host::sleep_until`) and never past the deadline, where they end with the same error
//! as a runaway loop. The embedder's interrupt (Ctrl-C, `Host::take_interrupt`) is polled at
//! the same points as the deadline and ends a wait early with `KeyboardInterrupt`.

pub(crate) mod bigint;

use crate::api::LimitKind;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::vm::threads::MAIN_IDENT;

/// Bytes moved (copied, compared, scanned) per unit of fuel.
pub(crate) const BYTES_PER_UNIT: u64 = 64;

impl Interpreter {
    /// Charges `units` of fuel for work a built-in did or is about to do. When the current
    /// slice of fuel is spent, the excess counts as executed instructions and the limits are
    /// checked, so this fails with the instruction limit or the time limit.
    #[inline]
    pub(crate) fn charge_work(&mut self, units: u64) -> PyResult<()> {
        let units = i64::try_from(units).unwrap_or(i64::MAX);
        self.fuel = self.fuel.saturating_sub(units);
        if self.fuel <= 0 {
            self.charge_overdraft()?;
        }
        Ok(())
    }

    /// Charges for `bytes` bytes of copying, scanning or comparing.
    #[inline]
    pub(crate) fn charge_scan(&mut self, bytes: usize) -> PyResult<()> {
        self.charge_work(bytes as u64 / BYTES_PER_UNIT)
    }

    #[cold]
    fn charge_overdraft(&mut self) -> PyResult<()> {
        // The slice already counted the fuel it handed out; what was spent beyond it is added.
        let debt = self.fuel.unsigned_abs();
        self.instructions = self.instructions.saturating_add(debt);
        self.fuel = 0;
        self.refuel()?;
        if self.threads.switch_pending() {
            // A sleep or wait earlier in this built-in ended the slice: keep it ended, so the
            // thread switches at the next instruction (the fuel handed out was not used).
            self.instructions = self.instructions.saturating_sub(self.fuel.max(0) as u64);
            self.fuel = 0;
        }
        Ok(())
    }

    /// The error that ends a run at its deadline.
    pub(crate) fn time_limit(&self) -> PyErr {
        let ms = self.limits.timeout_ns.unwrap_or(0) / 1_000_000;
        PyErr::Limit(LimitKind::Timeout, format!("ran longer than {ms} ms"))
    }

    /// Fails with the time limit once the deadline has passed: for the end of an operation
    /// that took time without spending fuel.
    pub(crate) fn check_deadline(&mut self) -> PyResult<()> {
        match self.deadline_ns {
            Some(deadline) if self.host.monotonic_ns() >= deadline => Err(self.time_limit()),
            _ => Ok(()),
        }
    }

    /// Raises `KeyboardInterrupt` when the host says the embedder interrupted the run
    /// (`Host::take_interrupt`), as CPython's signal handler does, and only in the main thread:
    /// in another green thread the request waits for the main thread's next turn. Called from
    /// the dispatch loop and around waits only, never from inside a built-in's work, so a
    /// caught interrupt never finds a container half-updated.
    pub(crate) fn check_interrupt(&mut self) -> PyResult<()> {
        if self.threads.current == MAIN_IDENT && self.host.take_interrupt() {
            return Err(self.new_exception("KeyboardInterrupt", Vec::new()));
        }
        Ok(())
    }

    /// Nanoseconds left before the deadline; None without one.
    pub(crate) fn time_left_ns(&mut self) -> Option<u64> {
        let deadline = self.deadline_ns?;
        Some(deadline.saturating_sub(self.host.monotonic_ns()))
    }

    /// Sleeps until the host's monotonic clock reaches `until_ns`. A wait that would pass the
    /// deadline sleeps until the deadline and fails with the time limit there.
    pub(crate) fn sleep_until(&mut self, until_ns: u64) -> PyResult<()> {
        loop {
            self.check_interrupt()?;
            let now = self.host.monotonic_ns();
            if self.deadline_ns.is_some_and(|d| now >= d) {
                return Err(self.time_limit());
            }
            if now >= until_ns {
                return Ok(());
            }
            let wake = self.deadline_ns.map_or(until_ns, |d| d.min(until_ns));
            self.host.sleep_until(wake);
        }
    }

    /// Bounds a blocking wait of `timeout_ns` (None: for ever) by the deadline. Returns the
    /// timeout to wait with and whether the deadline shortened it: a wait so shortened that
    /// times out must end the run with the time limit ([`Interpreter::end_clamped_wait`]),
    /// not with the wait's own timeout error.
    pub(crate) fn clamp_wait(&mut self, timeout_ns: Option<u64>) -> (Option<u64>, bool) {
        match (self.time_left_ns(), timeout_ns) {
            (Some(left), None) => (Some(left), true),
            (Some(left), Some(t)) if left < t => (Some(left), true),
            (_, t) => (t, false),
        }
    }

    /// After a wait shortened by [`Interpreter::clamp_wait`] timed out: waits out whatever
    /// is left of the deadline (the host's clock may run a little behind ours) and fails with
    /// the time limit.
    pub(crate) fn end_clamped_wait(&mut self) -> PyErr {
        let deadline = self.deadline_ns.unwrap_or(0);
        match self.sleep_until(deadline) {
            Err(e) => e,
            Ok(()) => self.time_limit(),
        }
    }
}
