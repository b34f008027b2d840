//! Interpreter threads: the one-slot mailbox through which an `Interpreter` drives its thread, the
//! thread's serve loop, and the pool of parked threads that a runtime reuses, so that creating an
//! interpreter costs a wake-up rather than a thread spawn (which is 50 µs or more).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Weak};
use std::thread;

use parking_lot::{Condvar, Mutex};

use isola_runtime::{CallSpec, Shareable};

use crate::error::panic_message;
use crate::{native, wasm, Error};

/// Parked threads kept per runtime; a thread finding the pool full ends instead.
const MAX_PARKED: usize = 64;

/// Builds an interpreter's backend instance, on the thread that will run it.
pub(crate) type Make = Box<dyn FnOnce() -> Result<Worker, Error> + Send>;

/// The thread-side state of one interpreter: its backend instance.
pub(crate) enum Worker {
    Wasm(Box<wasm::Instance>),
    Native(Box<native::Instance>),
}

impl Worker {
    fn run(&mut self, job: Job) -> Result<Shareable, Error> {
        match (self, job) {
            (Worker::Wasm(instance), Job::Exec { source, filename }) => {
                instance.exec(&source, &filename).map(|()| Shareable::None)
            }
            (Worker::Native(instance), Job::Exec { source, filename }) => {
                instance.exec(&source, &filename).map(|()| Shareable::None)
            }
            (Worker::Wasm(instance), Job::PrepareMain(names)) => {
                instance.prepare_main(names).map(|()| Shareable::None)
            }
            (Worker::Native(instance), Job::PrepareMain(names)) => {
                instance.prepare_main(names).map(|()| Shareable::None)
            }
            (Worker::Wasm(instance), Job::ExecInteractive { source, filename }) => instance
                .exec_interactive(&source, &filename)
                .map(|()| Shareable::None),
            (Worker::Native(instance), Job::ExecInteractive { source, filename }) => instance
                .exec_interactive(&source, &filename)
                .map(|()| Shareable::None),
            (Worker::Wasm(instance), Job::Finish) => instance.finish().map(|()| Shareable::None),
            (Worker::Native(instance), Job::Finish) => instance.finish().map(|()| Shareable::None),
            (Worker::Wasm(instance), Job::Call(spec)) => instance.call(*spec),
            (Worker::Native(instance), Job::Call(spec)) => instance.call(*spec),
            (_, Job::Start(_) | Job::Close) => Ok(Shareable::None),
        }
    }
}

/// A request to an interpreter thread.
pub(crate) enum Job {
    /// Build a worker and serve it (from the pool: a parked thread gets a new interpreter).
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
    /// Drop the worker, freeing its instance, then reply and park.
    Close,
}

/// One thread's mailbox: at most one job and one reply in flight, since the owning
/// `Interpreter` serializes its calls.
pub(crate) struct Mailbox {
    state: Mutex<State>,
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
    fn new() -> Arc<Mailbox> {
        Arc::new(Mailbox {
            state: Mutex::new(State::default()),
            job_ready: Condvar::new(),
            reply_ready: Condvar::new(),
        })
    }

    /// Send a job and wait for its reply.
    pub(crate) fn call(&self, job: Job) -> Result<Shareable, Error> {
        self.state.lock().job = Some(job);
        self.job_ready.notify_one();
        self.wait_reply()
    }

    /// Send a job without waiting; the reply must then be taken with `wait_reply`.
    pub(crate) fn send(&self, job: Job) {
        self.state.lock().job = Some(job);
        self.job_ready.notify_one();
    }

    pub(crate) fn wait_reply(&self) -> Result<Shareable, Error> {
        let mut state = self.state.lock();
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

    fn post_reply(&self, reply: Result<Shareable, Error>) {
        self.state.lock().reply = Some(reply);
        self.reply_ready.notify_one();
    }

    /// Wait for the next job; `None` on shutdown.
    fn next_job(&self) -> Option<Job> {
        let mut state = self.state.lock();
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
        self.0.state.lock().finished = true;
        self.0.reply_ready.notify_all();
    }
}

/// The parked threads of one runtime. Its lock is taken when an interpreter is created or
/// closed, never while Python runs.
pub(crate) struct ThreadPool {
    parked: Mutex<Vec<Arc<Mailbox>>>,
    stack_bytes: usize,
}

impl ThreadPool {
    pub(crate) fn new(stack_bytes: usize) -> Arc<ThreadPool> {
        Arc::new(ThreadPool {
            parked: Mutex::new(Vec::new()),
            stack_bytes,
        })
    }

    /// Give `make` to a parked thread, or to a new one, and wait until the worker is ready.
    pub(crate) fn start(self: &Arc<ThreadPool>, make: Make) -> Result<Arc<Mailbox>, Error> {
        let parked = self.parked.lock().pop();
        let mailbox = match parked {
            Some(mailbox) => {
                mailbox.state.lock().job = Some(Job::Start(make));
                mailbox.job_ready.notify_one();
                mailbox
            }
            None => {
                let mailbox = Mailbox::new();
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
                // The thread has no worker now and waits for its next job.
                release(&Arc::downgrade(self), mailbox);
                Err(error)
            }
        }
    }
}

/// Hand an idle thread (one whose last reply was consumed) back to its pool, or stop it when the
/// pool is gone or full. Only the party that consumed the thread's last reply may call this, so
/// that a reply can never reach the next user of the thread.
pub(crate) fn release(pool: &Weak<ThreadPool>, mailbox: Arc<Mailbox>) {
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
    mailbox.state.lock().shutdown = true;
    mailbox.job_ready.notify_one();
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        for mailbox in self.parked.get_mut().drain(..) {
            mailbox.state.lock().shutdown = true;
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
            Ok(mut worker) => {
                mailbox.post_reply(Ok(Shareable::None));
                loop {
                    match mailbox.next_job() {
                        // Only an idle thread is sent `Start`; treat a stray one as a close.
                        Some(Job::Close | Job::Start(_)) => break,
                        Some(job) => {
                            let reply = worker.run(job);
                            mailbox.post_reply(reply);
                        }
                        None => return,
                    }
                }
                drop(worker);
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
