//! Interpreter threads: the one-slot mailbox through which an interpreter's [`Core`] drives its
//! thread, the thread's serve loop, and the pool of parked threads that a runtime reuses, so that
//! creating an interpreter costs a wake-up rather than a thread spawn (which is 50 µs or more).
//! A thread runs its interpreter through the [`Instance`] trait alone, whatever the backend.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Weak};
use std::thread;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex, MutexGuard};

use isola_runtime::{CallSpec, Shareable};

use crate::backend::Instance;
use crate::error::panic_message;
use crate::interrupt::Interrupt;
use crate::Error;

/// Parked threads kept per runtime; a thread finding the pool full ends instead.
const MAX_PARKED: usize = 64;

/// Builds an interpreter's backend instance, on the thread that will run it.
pub(crate) type Make = Box<dyn FnOnce() -> Result<Box<dyn Instance>, Error> + Send>;

/// Run one job on the thread's instance.
fn run(instance: &mut dyn Instance, job: Job) -> Result<Shareable, Error> {
    match job {
        Job::Exec { source, filename } => {
            instance.exec(&source, &filename).map(|()| Shareable::None)
        }
        Job::ExecInteractive { source, filename } => instance
            .exec_interactive(&source, &filename)
            .map(|()| Shareable::None),
        Job::PrepareMain(names) => instance.prepare_main(names).map(|()| Shareable::None),
        Job::Finish => instance.finish().map(|()| Shareable::None),
        Job::Call(spec) => instance.call(*spec),
        Job::Start(_) | Job::Close => Ok(Shareable::None),
    }
}

/// A request to an interpreter thread.
pub(crate) enum Job {
    /// Build an instance and serve it (from the pool: a parked thread gets a new interpreter).
    Start(Make),
    Exec {
        source: String,
        filename: String,
    },
    /// Run one interactive statement (`Interpreter::exec_interactive`).
    ExecInteractive {
        source: String,
        filename: String,
    },
    /// Bind shared values in `__main__`.
    PrepareMain(Vec<(String, Shareable)>),
    /// Call a function sent by source (see `CallSpec`).
    Call(Box<CallSpec>),
    /// End the program as CPython's shutdown does (`Interpreter::finish`).
    Finish,
    /// Drop the instance, then reply and park.
    Close,
}

/// One thread's mailbox: at most one job and one reply in flight, since the owning
/// `Interpreter` serializes its calls.
pub(crate) struct Mailbox {
    state: Mutex<State>,
    /// Counts every change to `state` that a waiter may be waiting for, so that a spinning
    /// waiter watches it without taking the lock (see `Mailbox::spin_until`).
    posts: AtomicU32,
    /// How long a waiter spins before it sleeps.
    spin: Duration,
    job_ready: Condvar,
    reply_ready: Condvar,
}

#[derive(Default)]
struct State {
    job: Option<Job>,
    reply: Option<Result<Shareable, Error>>,
    /// Set when the pool is dropped: a parked thread ends.
    shutdown: bool,
    /// Set when the thread has ended, normally or not: no reply will come any more.
    finished: bool,
}

impl Mailbox {
    fn new(spin: Duration) -> Arc<Mailbox> {
        Arc::new(Mailbox {
            state: Mutex::new(State::default()),
            posts: AtomicU32::new(0),
            spin,
            job_ready: Condvar::new(),
            reply_ready: Condvar::new(),
        })
    }

    /// Send a job and wait for its reply.
    fn call(&self, job: Job) -> Result<Shareable, Error> {
        self.post(|state| state.job = Some(job));
        self.job_ready.notify_one();
        self.wait_reply()
    }

    /// Send a job without waiting; the reply must then be taken with `wait_reply`.
    fn send(&self, job: Job) {
        self.post(|state| state.job = Some(job));
        self.job_ready.notify_one();
    }

    fn wait_reply(&self) -> Result<Shareable, Error> {
        let mut state = self.spin_until(|state| state.reply.is_some() || state.finished);
        loop {
            if let Some(reply) = state.reply.take() {
                return reply;
            }
            if state.finished {
                return Err(Error::Trap(
                    "the interpreter's thread ended unexpectedly".into(),
                ));
            }
            self.reply_ready.wait(&mut state);
        }
    }

    /// The state, locked: at once if `ready` holds, else after spinning until something is
    /// posted or the backend's spin time has passed. An answer often comes within microseconds (a creation, a
    /// close, a short call), while going to sleep and being woken costs tens of microseconds on
    /// each side, and often a hundred on a busy machine; a short spin first saves both. The spin
    /// watches `posts` only, so that it never holds the lock that the poster needs.
    fn spin_until(&self, ready: impl Fn(&State) -> bool) -> MutexGuard<'_, State> {
        let state = self.state.lock();
        if ready(&state) {
            return state;
        }
        let seen = self.posts.load(Ordering::Acquire);
        drop(state);
        let start = Instant::now();
        while self.posts.load(Ordering::Acquire) == seen && start.elapsed() < self.spin {
            std::hint::spin_loop();
        }
        self.state.lock()
    }

    /// Change the state under its lock and tell a spinning waiter.
    fn post(&self, change: impl FnOnce(&mut State)) {
        let mut state = self.state.lock();
        change(&mut state);
        self.posts.fetch_add(1, Ordering::Release);
    }

    fn post_reply(&self, reply: Result<Shareable, Error>) {
        self.post(|state| state.reply = Some(reply));
        self.reply_ready.notify_one();
    }

    /// Wait for the next job; `None` on shutdown.
    fn next_job(&self) -> Option<Job> {
        let mut state = self.spin_until(|state| state.job.is_some() || state.shutdown);
        loop {
            if state.shutdown {
                return None;
            }
            if let Some(job) = state.job.take() {
                return Some(job);
            }
            self.job_ready.wait(&mut state);
        }
    }
}

/// Marks the mailbox finished when its thread ends, even by a panic in host code, so that no
/// caller waits forever.
struct FinishGuard(Arc<Mailbox>);

impl Drop for FinishGuard {
    fn drop(&mut self) {
        self.0.post(|state| state.finished = true);
        self.0.reply_ready.notify_all();
    }
}

/// The parked threads of one runtime. Its lock is taken when an interpreter is created or
/// closed, never while Python runs.
pub(crate) struct ThreadPool {
    parked: Mutex<Vec<Arc<Mailbox>>>,
    stack_bytes: usize,
    /// How long its threads and their callers spin before they sleep (see `Backend::spin`).
    spin: Duration,
}

impl ThreadPool {
    pub(crate) fn new(stack_bytes: usize, spin: Duration) -> Arc<ThreadPool> {
        Arc::new(ThreadPool {
            parked: Mutex::new(Vec::new()),
            stack_bytes,
            spin,
        })
    }

    /// Give `make` to a parked thread, or to a new one, and wait until the instance is ready.
    pub(crate) fn start(self: &Arc<ThreadPool>, make: Make) -> Result<Arc<Mailbox>, Error> {
        let parked = self.parked.lock().pop();
        let mailbox = match parked {
            Some(mailbox) => {
                mailbox.post(|state| state.job = Some(Job::Start(make)));
                mailbox.job_ready.notify_one();
                mailbox
            }
            None => {
                let mailbox = Mailbox::new(self.spin);
                let thread_mailbox = Arc::clone(&mailbox);
                thread::Builder::new()
                    .name("isola-interpreter".into())
                    .stack_size(self.stack_bytes)
                    .spawn(move || serve(thread_mailbox, make))?;
                mailbox
            }
        };
        match mailbox.wait_reply() {
            Ok(_) => Ok(mailbox),
            Err(error) => {
                // The thread has no instance now and waits for its next job.
                release(&Arc::downgrade(self), mailbox);
                Err(error)
            }
        }
    }
}

/// Hand an idle thread (one whose last reply was consumed) back to its pool, or stop it when the
/// pool is gone or full. Only the party that consumed the thread's last reply may call this, so
/// that a reply can never reach the next user of the thread.
fn release(pool: &Weak<ThreadPool>, mailbox: Arc<Mailbox>) {
    if mailbox.state.lock().finished {
        return;
    }
    if let Some(pool) = pool.upgrade() {
        let mut parked = pool.parked.lock();
        if parked.len() < MAX_PARKED {
            parked.push(mailbox);
            return;
        }
    }
    mailbox.post(|state| state.shutdown = true);
    mailbox.job_ready.notify_one();
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        for mailbox in self.parked.get_mut().drain(..) {
            mailbox.post(|state| state.shutdown = true);
            mailbox.job_ready.notify_one();
        }
    }
}

/// An interpreter thread: serve one interpreter after another, until shut down.
fn serve(mailbox: Arc<Mailbox>, first: Make) {
    let _guard = FinishGuard(Arc::clone(&mailbox));
    let mut make = first;
    loop {
        // A panic while building (a runtime bug) fails this creation only.
        let made = catch_unwind(AssertUnwindSafe(make)).unwrap_or_else(|payload| {
            let message = panic_message(payload.as_ref());
            Err(Error::Trap(format!(
                "creating the interpreter panicked: {message}"
            )))
        });
        match made {
            Ok(mut instance) => {
                mailbox.post_reply(Ok(Shareable::None));
                loop {
                    match mailbox.next_job() {
                        // Only an idle thread is sent `Start`; treat a stray one as a close.
                        Some(Job::Close | Job::Start(_)) => break,
                        Some(job) => {
                            let reply = run(instance.as_mut(), job);
                            mailbox.post_reply(reply);
                        }
                        None => return,
                    }
                }
                drop(instance);
                mailbox.post_reply(Ok(Shareable::None));
            }
            Err(error) => mailbox.post_reply(Err(error)),
        }
        // Idle until the pool hands this thread a new interpreter or shuts it down.
        match mailbox.next_job() {
            Some(Job::Start(next)) => make = next,
            Some(_) | None => return,
        }
    }
}

/// Why an interpreter would not take a job.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// It is running code (for a caller that does not wait).
    Running,
    Closed,
}

/// The shared core of one interpreter: its id, its place in its family, its thread's mailbox and
/// its lock. The lock (`state`) is the interpreter's own and is held only to mark it busy or idle,
/// never while Python runs.
pub(crate) struct Core {
    pub(crate) id: u64,
    /// The interpreter that created it from Python; `None` for the embedder's.
    pub(crate) parent: Option<u64>,
    mailbox: Arc<Mailbox>,
    pool: Weak<ThreadPool>,
    /// The interpreter's interrupt request, shared with its instance (see `interrupt.rs`).
    pub(crate) interrupt: Arc<Interrupt>,
    state: Mutex<CoreState>,
    idle: Condvar,
}

#[derive(Default)]
struct CoreState {
    busy: bool,
    closed: bool,
}

/// Marks an interpreter busy while alive.
struct Busy<'a>(&'a Core);

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.state.lock().busy = false;
        self.0.idle.notify_all();
    }
}

/// Whether a caller finding the interpreter busy waits for it (the embedder) or is refused
/// (Python code, so that A running B running A is an error and never a deadlock).
#[derive(Clone, Copy, PartialEq, Eq)]
enum WhenBusy {
    Wait,
    Refuse,
}

impl Core {
    pub(crate) fn new(
        id: u64,
        parent: Option<u64>,
        mailbox: Arc<Mailbox>,
        pool: Weak<ThreadPool>,
        interrupt: Arc<Interrupt>,
    ) -> Core {
        Core {
            id,
            parent,
            mailbox,
            pool,
            interrupt,
            state: Mutex::new(CoreState::default()),
            idle: Condvar::new(),
        }
    }

    /// Mark the interpreter busy, waiting for it or refusing as `when_busy` says.
    fn enter(&self, when_busy: WhenBusy) -> Result<Busy<'_>, Refusal> {
        let mut state = self.state.lock();
        loop {
            if state.closed {
                return Err(Refusal::Closed);
            }
            if !state.busy {
                state.busy = true;
                return Ok(Busy(self));
            }
            if when_busy == WhenBusy::Refuse {
                return Err(Refusal::Running);
            }
            self.idle.wait(&mut state);
        }
    }

    /// Run `job` on the interpreter's thread, after the run in progress if there is one, and
    /// wait for its reply: the embedder's calls, which take turns.
    pub(crate) fn run(&self, job: Job) -> Result<Result<Shareable, Error>, Refusal> {
        let _busy = self.enter(WhenBusy::Wait)?;
        Ok(self.mailbox.call(job))
    }

    /// Run `job` and wait for its reply, refusing if the interpreter is running: Python's calls.
    pub(crate) fn try_run(&self, job: Job) -> Result<Result<Shareable, Error>, Refusal> {
        let _busy = self.enter(WhenBusy::Refuse)?;
        Ok(self.mailbox.call(job))
    }

    /// Start `job` without waiting, leaving the interpreter busy until [`Core::finish`];
    /// refused if it is running.
    pub(crate) fn begin(&self, job: Job) -> Result<(), Refusal> {
        let busy = self.enter(WhenBusy::Refuse)?;
        // The busy mark outlives the guard: `finish` clears it.
        std::mem::forget(busy);
        self.mailbox.send(job);
        Ok(())
    }

    /// Wait for the job that [`Core::begin`] started, and mark the interpreter idle.
    pub(crate) fn finish(&self) -> Result<Shareable, Error> {
        let reply = self.mailbox.wait_reply();
        drop(Busy(self));
        reply
    }

    pub(crate) fn is_running(&self) -> bool {
        self.state.lock().busy
    }

    /// Close the interpreter, after the run in progress if there is one: free its instance and
    /// park its thread. Refused only if it is already closed.
    pub(crate) fn close(&self) -> Result<(), Refusal> {
        self.close_when(WhenBusy::Wait)
    }

    /// Close the interpreter, refusing if it is running.
    pub(crate) fn try_close(&self) -> Result<(), Refusal> {
        self.close_when(WhenBusy::Refuse)
    }

    fn close_when(&self, when_busy: WhenBusy) -> Result<(), Refusal> {
        let busy = self.enter(when_busy)?;
        self.state.lock().closed = true;
        // The reply says the instance is gone (an error only if the thread died, and then there
        // is nothing left to free); the thread is idle from here on.
        let _ = self.mailbox.call(Job::Close);
        release(&self.pool, Arc::clone(&self.mailbox));
        drop(busy);
        Ok(())
    }
}
