//! What an interpreter asks of its host: the answers to the `interpreters` module's requests,
//! host function calls and mount operations, the same for both backends, and its clock and
//! randomness.

use std::collections::HashMap;
use std::sync::{Arc, Weak};
use std::time::Duration;

use isola_runtime::{HostError, Limits, Reply, Request, Shareable, MAX_PROGRAM_QUEUES};

use super::{Family, Registry};
use crate::backend::Services;
use crate::output::Sink;
use crate::queue::{QueueCore, QueueRefusal};
use crate::worker::{Core, Job, Refusal};
use crate::Error;

/// What the host side of one interpreter knows, to answer its requests: who it is, its limits
/// and output, and its runtime. Owned by the interpreter's thread.
pub(super) struct Ctx {
    id: u64,
    main: u64,
    /// Its own limits, which bound its children's.
    limits: Limits,
    /// Where its output goes, and so its children's.
    sink: Option<Sink>,
    /// Weak, so that the interpreters a runtime's registry holds do not keep it alive.
    registry: Weak<Registry>,
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
    pub(super) fn new(
        id: u64,
        main: u64,
        limits: Limits,
        sink: Option<Sink>,
        registry: &Arc<Registry>,
    ) -> Ctx {
        let determinism = registry.settings.determinism;
        Ctx {
            id,
            main,
            limits,
            sink,
            registry: Arc::downgrade(registry),
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

    /// Answer one request from this interpreter's Python code. Runs on its thread; a blocking
    /// queue operation or a nested exec blocks this interpreter only.
    fn answer(&mut self, request: Request) -> Reply {
        let Some(runtime) = self.registry.upgrade() else {
            return Err(HostError::shut_down());
        };
        match request {
            Request::Current => Ok(Shareable::Int(self.id as i64)),
            Request::Main => Ok(Shareable::Int(self.main as i64)),
            Request::List => Ok(Shareable::Tuple(
                runtime
                    .ids()
                    .into_iter()
                    .map(|id| Shareable::Int(id as i64))
                    .collect(),
            )),
            Request::Create(requested) => {
                let limits = requested.within(&self.limits);
                let family = Family {
                    parent: self.id,
                    main: self.main,
                };
                let core = runtime
                    .spawn(self.sink.clone(), limits, Some(family))
                    .map_err(|e| HostError::Interpreter(e.to_string()))?;
                Ok(Shareable::Int(core.id as i64))
            }
            Request::Close(id) => {
                if id == self.id {
                    return Err(HostError::closing_current());
                }
                let core = find(&runtime, id)?;
                if core.parent.is_none() {
                    return Err(HostError::closing_embedders(id));
                }
                runtime
                    .try_close(&core)
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
                    return Err(HostError::already_running());
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
                None => Err(HostError::no_call(ticket)),
            },
            Request::PrepareMain { id, names } => {
                self.run_in(&runtime, id, Job::PrepareMain(names))
            }
            Request::QueueCreate { maxsize } => {
                // A runtime keeps every queue for its lifetime (an id may be handed back
                // later), so a program making queues in a loop would grow the host's memory.
                if self.queues_made >= MAX_PROGRAM_QUEUES {
                    return Err(HostError::too_many_queues());
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
            Request::HostCall { name, args } => match runtime.settings.host_functions.get(&name) {
                Some(function) => {
                    let function = Arc::clone(function);
                    function(args).map_err(HostError::HostFunction)
                }
                None => Err(HostError::no_host_function(&name)),
            },
            Request::CompiledModule(name) => Ok(runtime
                .compiled_module(&name)
                .map_or(Shareable::None, |bytes| Shareable::Bytes(bytes.to_vec()))),
            Request::Fs(request) => {
                crate::mounts::serve(&runtime.settings.mounts, &mut self.files, request)
            }
        }
    }

    /// Run `job` in interpreter `id`, on its thread, refusing (never waiting) if it is running.
    fn run_in(&mut self, runtime: &Registry, id: u64, job: Job) -> Reply {
        if id == self.id {
            return Err(HostError::already_running());
        }
        let core = find(runtime, id)?;
        match core.try_run(job) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(failure(error)),
            Err(refusal) => Err(refused(id, refusal)),
        }
    }

    fn queue(&mut self, runtime: &Registry, id: u64) -> Result<Arc<QueueCore>, HostError> {
        if let Some(queue) = self.queues.get(&id) {
            return Ok(Arc::clone(queue));
        }
        let queue = runtime.queue(id).ok_or_else(|| HostError::no_queue(id))?;
        self.queues.insert(id, Arc::clone(&queue));
        Ok(queue)
    }
}

impl Services for Ctx {
    /// Random bytes: from the seeded generator (splitmix64) if there is one, else the system.
    fn fill_random(&mut self, buf: &mut [u8]) {
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

    /// Seconds since the Unix epoch, or the frozen time.
    fn wall_time(&self) -> f64 {
        self.frozen_wall_time.unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0.0, |t| t.as_secs_f64())
        })
    }

    fn handle(&mut self, request: Request) -> Reply {
        self.answer(request)
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

fn find(runtime: &Registry, id: u64) -> Result<Arc<Core>, HostError> {
    runtime.get(id).ok_or_else(|| HostError::no_interpreter(id))
}

fn refused(id: u64, refusal: Refusal) -> HostError {
    match refusal {
        Refusal::Running => HostError::already_running(),
        Refusal::Closed => HostError::no_interpreter(id),
    }
}

fn queue_refused(id: u64, refusal: QueueRefusal) -> HostError {
    match refusal {
        QueueRefusal::Empty => HostError::queue_empty(id),
        QueueRefusal::Full => HostError::queue_full(id),
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
