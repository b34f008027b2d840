//! The per-runtime registry of interpreters and queues, and the answers to what an interpreter
//! asks of its host (`Request`s from the `interpreters` module), shared by both backends.
//!
//! The registry's locks are taken to look an id up, insert or remove it, never while Python
//! runs; each interpreter caches the queues it has used, so a queue operation takes only the
//! queue's own lock.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use isola_runtime::{ChildLimits, HostError, Limits, Reply, Request, Shareable};
use parking_lot::Mutex;

use crate::input::Stdin;
use crate::interpreter::{Core, Refusal};
use crate::interrupt::Interrupt;
use crate::output::Sink;
use crate::queue::{QueueCore, QueueRefusal};
use crate::runtime::Inner;
use crate::worker::Job;
use crate::Error;

/// The most queues the code of one interpreter may make: each lives as long as the runtime,
/// so a loop making queues would otherwise grow the host's memory. Counted per interpreter, so
/// that one program cannot use up what its siblings may make.
pub(crate) const MAX_PROGRAM_QUEUES: usize = 10_000;

/// A function the embedder gives to Python: shareable arguments in, a shareable result (or an
/// error message, raised as `RuntimeError`) out.
pub type HostFunction = Arc<dyn Fn(Vec<Shareable>) -> Result<Shareable, String> + Send + Sync>;

/// Every live interpreter and queue of one runtime, by id.
#[derive(Default)]
pub(crate) struct Registry {
    interpreters: Mutex<HashMap<u64, Arc<Core>>>,
    queues: Mutex<HashMap<u64, Arc<QueueCore>>>,
    next_interpreter: AtomicU64,
    next_queue: AtomicU64,
}

impl Registry {
    pub(crate) fn new_interpreter_id(&self) -> u64 {
        self.next_interpreter.fetch_add(1, Ordering::Relaxed)
    }

    pub(crate) fn insert(&self, core: Arc<Core>) {
        self.interpreters.lock().insert(core.id, core);
    }

    pub(crate) fn remove(&self, id: u64) {
        self.interpreters.lock().remove(&id);
    }

    pub(crate) fn get(&self, id: u64) -> Option<Arc<Core>> {
        self.interpreters.lock().get(&id).cloned()
    }

    pub(crate) fn len(&self) -> usize {
        self.interpreters.lock().len()
    }

    /// The interpreters that `parent` created from Python.
    pub(crate) fn children_of(&self, parent: u64) -> Vec<Arc<Core>> {
        let interpreters = self.interpreters.lock();
        interpreters
            .values()
            .filter(|core| core.parent == Some(parent))
            .cloned()
            .collect()
    }

    fn ids(&self) -> Vec<u64> {
        let mut ids: Vec<u64> = self.interpreters.lock().keys().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub(crate) fn create_queue(&self, maxsize: usize, max_bytes: usize) -> Arc<QueueCore> {
        let id = self.next_queue.fetch_add(1, Ordering::Relaxed) + 1;
        let core = Arc::new(QueueCore::new(id, maxsize, max_bytes));
        self.queues.lock().insert(id, Arc::clone(&core));
        core
    }

    pub(crate) fn queue(&self, id: u64) -> Option<Arc<QueueCore>> {
        self.queues.lock().get(&id).cloned()
    }
}

/// What the host side of one interpreter knows, to answer its requests: who it is, its limits
/// and output, and its runtime. Owned by the interpreter's thread.
pub(crate) struct Ctx {
    pub(crate) id: u64,
    pub(crate) main: u64,
    /// The interpreter's interrupt request (Ctrl-C), which its host hands to the runtime and
    /// which ends its waits.
    pub(crate) interrupt: Arc<Interrupt>,
    pub(crate) limits: Limits,
    pub(crate) sink: Option<Sink>,
    /// The runtime's standard input (`None`: EOF).
    stdin: Option<Stdin>,
    /// Weak, so that the interpreters a runtime's registry holds do not keep it alive.
    pub(crate) runtime: Weak<Inner>,
    /// The queues this interpreter has used, so that each operation skips the registry's lock.
    queues: HashMap<u64, Arc<QueueCore>>,
    /// How many queues this interpreter's code has made (see [`MAX_PROGRAM_QUEUES`]).
    queues_made: usize,
    /// Calls started with `CallStart` and not yet joined, by ticket.
    pending: HashMap<u64, Arc<Core>>,
    next_ticket: u64,
    /// With a seed, random bytes come from this generator instead of the operating system.
    rng: Option<u64>,
    /// With a frozen clock, wall time is always this.
    frozen_wall_time: Option<f64>,
    /// The files this interpreter has open in the runtime's mounts.
    files: crate::mounts::OpenFiles,
}

/// Capabilities that a runtime can fix for deterministic runs.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Determinism {
    pub(crate) seed: Option<u64>,
    pub(crate) frozen_wall_time: Option<f64>,
}

impl Ctx {
    pub(crate) fn new(
        id: u64,
        main: u64,
        limits: Limits,
        sink: Option<Sink>,
        stdin: Option<Stdin>,
        runtime: Weak<Inner>,
        determinism: Determinism,
    ) -> Ctx {
        Ctx {
            id,
            main,
            interrupt: Arc::default(),
            limits,
            sink,
            stdin,
            runtime,
            queues: HashMap::new(),
            queues_made: 0,
            pending: HashMap::new(),
            next_ticket: 1,
            // Each interpreter gets its own stream, derived from the seed and its id, so that a
            // run is reproducible whatever order interpreters draw in.
            rng: determinism
                .seed
                .map(|seed| seed ^ id.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            frozen_wall_time: determinism.frozen_wall_time,
            files: crate::mounts::OpenFiles::default(),
        }
    }

    /// Random bytes: from the seeded generator (splitmix64) if there is one, else the system.
    pub(crate) fn fill_random(&mut self, buf: &mut [u8]) {
        let Some(state) = &mut self.rng else {
            crate::fill_random(buf);
            return;
        };
        for chunk in buf.chunks_mut(8) {
            *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = *state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
        }
    }

    /// The runtime's standard input, to read without holding this context's lock.
    pub(crate) fn stdin(&self) -> Option<Stdin> {
        self.stdin.clone()
    }

    /// Seconds since the Unix epoch, or the frozen time.
    pub(crate) fn wall_time(&self) -> f64 {
        self.frozen_wall_time.unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0.0, |t| t.as_secs_f64())
        })
    }

    /// Answer one request from this interpreter's Python code. Runs on its thread; a blocking
    /// queue operation or a nested exec blocks this interpreter only.
    pub(crate) fn handle(&mut self, request: Request) -> Reply {
        let Some(runtime) = self.runtime.upgrade() else {
            return Err(HostError::Interpreter("the runtime has shut down".into()));
        };
        match request {
            Request::Current => Ok(Shareable::Int(self.id as i64)),
            Request::Main => Ok(Shareable::Int(self.main as i64)),
            Request::List => Ok(Shareable::Tuple(
                runtime
                    .registry
                    .ids()
                    .into_iter()
                    .map(|id| Shareable::Int(id as i64))
                    .collect(),
            )),
            Request::Create(requested) => {
                let limits = clamp_limits(&self.limits, &requested);
                let core = runtime
                    .spawn_core(self.sink.clone(), limits, Some(self.id), self.main)
                    .map_err(|e| HostError::Interpreter(e.to_string()))?;
                Ok(Shareable::Int(core.id as i64))
            }
            Request::Close(id) => {
                if id == self.id {
                    return Err(HostError::Interpreter(
                        "cannot destroy the current interpreter".into(),
                    ));
                }
                let core = find(&runtime, id)?;
                if core.parent.is_none() {
                    return Err(HostError::Interpreter(format!(
                        "interpreter {id} belongs to the embedder and cannot be closed from Python"
                    )));
                }
                runtime
                    .close_core(&core, false)
                    .map_err(|refusal| refused(id, refusal))?;
                Ok(Shareable::None)
            }
            Request::IsRunning(id) => Ok(Shareable::Bool(
                id == self.id || find(&runtime, id)?.is_running(),
            )),
            Request::Exec { id, source } => {
                let job = Job::Exec {
                    source,
                    filename: "<string>".into(),
                };
                self.run_in(&runtime, id, job)
            }
            Request::Call { id, call } => self.run_in(&runtime, id, Job::Call(Box::new(call))),
            Request::CallStart { id, call } => {
                if id == self.id {
                    return Err(HostError::Interpreter("interpreter already running".into()));
                }
                let core = find(&runtime, id)?;
                core.begin(Job::Call(Box::new(call)))
                    .map_err(|refusal| refused(id, refusal))?;
                let ticket = self.next_ticket;
                self.next_ticket += 1;
                self.pending.insert(ticket, core);
                Ok(Shareable::Int(ticket as i64))
            }
            Request::CallJoin(ticket) => match self.pending.remove(&ticket) {
                Some(core) => core.finish().map_err(failure),
                None => Err(HostError::Interpreter(format!(
                    "no call in progress with ticket {ticket}"
                ))),
            },
            Request::PrepareMain { id, names } => {
                self.run_in(&runtime, id, Job::PrepareMain(names))
            }
            Request::QueueCreate { maxsize } => {
                // A runtime keeps every queue for its lifetime (an id may be handed back
                // later), so a program making queues in a loop would grow the host's memory.
                if self.queues_made >= MAX_PROGRAM_QUEUES {
                    return Err(HostError::Interpreter(format!(
                        "too many queues: an interpreter makes at most {MAX_PROGRAM_QUEUES}"
                    )));
                }
                self.queues_made += 1;
                let maxsize = usize::try_from(maxsize).unwrap_or(usize::MAX);
                let core = runtime.new_queue(maxsize);
                let id = core.id;
                self.queues.insert(id, core);
                Ok(Shareable::Int(id as i64))
            }
            Request::QueuePut {
                id,
                item,
                block,
                timeout_ns,
            } => {
                let queue = self.queue(&runtime, id)?;
                queue
                    .put(item, block, timeout_ns.map(Duration::from_nanos))
                    .map(|()| Shareable::None)
                    .map_err(|refusal| queue_refused(id, refusal))
            }
            Request::QueueGet {
                id,
                block,
                timeout_ns,
            } => {
                let queue = self.queue(&runtime, id)?;
                queue
                    .get(block, timeout_ns.map(Duration::from_nanos))
                    .map_err(|refusal| queue_refused(id, refusal))
            }
            Request::QueueSize(id) => Ok(Shareable::Int(self.queue(&runtime, id)?.len() as i64)),
            Request::QueueMaxsize(id) => {
                Ok(Shareable::Int(self.queue(&runtime, id)?.maxsize as i64))
            }
            Request::HostCall { name, args } => match runtime.host_functions.get(&name) {
                Some(function) => {
                    let function = Arc::clone(function);
                    function(args).map_err(HostError::HostFunction)
                }
                None => Err(HostError::HostFunction(format!(
                    "no host function named {name:?}"
                ))),
            },
            Request::Fs(request) => crate::mounts::serve(&runtime.mounts, &mut self.files, request),
        }
    }

    /// Run `job` in interpreter `id`, on its thread, refusing (never waiting) if it is running.
    fn run_in(&mut self, runtime: &Inner, id: u64, job: Job) -> Reply {
        if id == self.id {
            return Err(HostError::Interpreter("interpreter already running".into()));
        }
        let core = find(runtime, id)?;
        match core.run(job, false) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(failure(error)),
            Err(refusal) => Err(refused(id, refusal)),
        }
    }

    fn queue(&mut self, runtime: &Inner, id: u64) -> Result<Arc<QueueCore>, HostError> {
        if let Some(queue) = self.queues.get(&id) {
            return Ok(Arc::clone(queue));
        }
        let queue = runtime
            .registry
            .queue(id)
            .ok_or_else(|| HostError::Interpreter(format!("queue {id} not found")))?;
        self.queues.insert(id, Arc::clone(&queue));
        Ok(queue)
    }
}

impl Drop for Ctx {
    /// Calls this interpreter started and never joined are joined as it closes, so that their
    /// targets become idle again.
    fn drop(&mut self) {
        for (_, core) in self.pending.drain() {
            let _ = core.finish();
        }
    }
}

fn find(runtime: &Inner, id: u64) -> Result<Arc<Core>, HostError> {
    runtime
        .registry
        .get(id)
        .ok_or_else(|| HostError::NotFound(format!("unrecognized interpreter ID {id}")))
}

fn refused(id: u64, refusal: Refusal) -> HostError {
    match refusal {
        Refusal::Running => HostError::Interpreter("interpreter already running".into()),
        Refusal::Closed => HostError::NotFound(format!("unrecognized interpreter ID {id}")),
    }
}

fn queue_refused(id: u64, refusal: QueueRefusal) -> HostError {
    match refusal {
        QueueRefusal::Empty => HostError::QueueEmpty(format!("queue {id} is empty")),
        QueueRefusal::Full => HostError::QueueFull(format!("queue {id} is full")),
    }
}

/// How a failure inside another interpreter reaches the interpreter that asked: an uncaught
/// exception as `ExecutionFailed`, anything else (a limit, a trap) as `InterpreterError`.
fn failure(error: Error) -> HostError {
    match error {
        Error::Exception {
            type_name,
            message,
            traceback,
        } => HostError::ExecutionFailed {
            type_name,
            message,
            traceback,
        },
        Error::Exit(status) => HostError::ExecutionFailed {
            type_name: "SystemExit".into(),
            message: status.to_string(),
            traceback: format!("SystemExit: {status}\n"),
        },
        other => HostError::Interpreter(other.to_string()),
    }
}

/// A child's limits: what it asked for, never more than its creator's own.
fn clamp_limits(parent: &Limits, requested: &ChildLimits) -> Limits {
    fn clamp(requested: Option<u64>, parent: Option<u64>) -> Option<u64> {
        match (requested, parent) {
            (Some(r), Some(p)) => Some(r.min(p)),
            (r, p) => r.or(p),
        }
    }
    Limits {
        max_instructions: clamp(requested.max_instructions, parent.max_instructions),
        max_heap_bytes: clamp(requested.max_heap_bytes, parent.max_heap_bytes),
        max_recursion: requested
            .max_recursion
            .map_or(parent.max_recursion, |r| r.min(parent.max_recursion)),
        max_output_bytes: clamp(requested.max_output_bytes, parent.max_output_bytes),
        timeout_ns: clamp(requested.timeout_ns, parent.timeout_ns),
    }
}
