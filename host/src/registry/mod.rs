//! The registry of one runtime: its settings, its backend and thread pool, and every live
//! interpreter and queue by id. It owns interpreters' lifecycles: it creates them (for the
//! embedder and for Python code alike), closes them with their families, and answers what each
//! asks of its host (`requests.rs`).
//!
//! The tables' locks are taken to look an id up, insert or remove it, never while Python runs;
//! each interpreter caches the queues it has used, so a queue operation takes only the queue's
//! own lock.

mod requests;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use isola_runtime::{HostError, Limits, Shareable};
use parking_lot::Mutex;

use crate::backend::{Backend, Kind, Setup};
use crate::input::Stdin;
use crate::mounts::Mount;
use crate::output::Sink;
use crate::queue::QueueCore;
use crate::worker::{Core, Make, Refusal, ThreadPool};
use crate::Error;

pub(crate) use requests::Determinism;

/// A function the embedder gives to Python: shareable arguments in, a shareable result (or an
/// error message, raised as `RuntimeError`) out.
pub type HostFunction = Arc<dyn Fn(Vec<Shareable>) -> Result<Shareable, String> + Send + Sync>;

/// What the builder decided for every interpreter of a runtime.
pub(crate) struct Settings {
    pub(crate) limits: Limits,
    pub(crate) sink: Option<Sink>,
    pub(crate) stdin: Option<Stdin>,
    pub(crate) host_functions: HashMap<String, HostFunction>,
    /// The most interpreters alive at once.
    pub(crate) max_interpreters: usize,
    pub(crate) max_queue_items: Option<usize>,
    pub(crate) determinism: Determinism,
    /// The host directories mounted in every interpreter.
    pub(crate) mounts: Arc<[Mount]>,
}

/// Where a new interpreter stands in its family.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Family {
    /// The interpreter whose Python code creates it.
    pub(crate) parent: u64,
    /// The root of the family: the embedder's interpreter that it descends from.
    pub(crate) main: u64,
}

pub(crate) struct Registry {
    pub(crate) settings: Settings,
    backend: Arc<dyn Backend>,
    /// Parked interpreter threads, reused by `spawn`.
    pool: Arc<ThreadPool>,
    interpreters: Mutex<HashMap<u64, Arc<Core>>>,
    queues: Mutex<HashMap<u64, Arc<QueueCore>>>,
    next_interpreter: AtomicU64,
    next_queue: AtomicU64,
    /// Shipped modules compiled once for all the runtime's interpreters, by name (see
    /// `isola_runtime::compile_shipped_module`). Only names the runtime ships get in, so a
    /// program asking for others cannot grow it.
    compiled: Mutex<HashMap<String, Arc<[u8]>>>,
}

impl Registry {
    pub(crate) fn new(settings: Settings, backend: Arc<dyn Backend>) -> Arc<Registry> {
        let pool = ThreadPool::new(backend.thread_stack_bytes(), backend.spin());
        Arc::new(Registry {
            settings,
            backend,
            pool,
            interpreters: Mutex::default(),
            queues: Mutex::default(),
            next_interpreter: AtomicU64::new(0),
            next_queue: AtomicU64::new(0),
            compiled: Mutex::default(),
        })
    }

    pub(crate) fn backend(&self) -> Kind {
        self.backend.kind()
    }

    /// Start an interpreter with these limits and output and register it: the embedder's
    /// (`family` is `None`: it is the root of its own) or one that Python code creates.
    pub(crate) fn spawn(
        self: &Arc<Registry>,
        sink: Option<Sink>,
        limits: Limits,
        family: Option<Family>,
    ) -> Result<Arc<Core>, Error> {
        let max = self.settings.max_interpreters;
        if self.len() >= max {
            return Err(Error::Interpreter(
                HostError::too_many_interpreters(max).message(),
            ));
        }
        let id = self.next_interpreter.fetch_add(1, Ordering::Relaxed);
        let main = family.map_or(id, |family| family.main);
        let services = requests::Ctx::new(id, main, limits.clone(), sink.clone(), self);
        let interrupt = Arc::default();
        let setup = Setup {
            limits,
            sink,
            stdin: self.settings.stdin.clone(),
            interrupt: Arc::clone(&interrupt),
            services: Box::new(services),
        };
        let backend = Arc::clone(&self.backend);
        let make: Make = Box::new(move || backend.instantiate(setup));
        let mailbox = self.pool.start(make)?;
        let parent = family.map(|family| family.parent);
        let core = Arc::new(Core::new(
            id,
            parent,
            mailbox,
            Arc::downgrade(&self.pool),
            interrupt,
        ));
        self.interpreters.lock().insert(id, Arc::clone(&core));
        Ok(core)
    }

    /// Close an embedder's interpreter and its family, waiting for any run in progress.
    pub(crate) fn close(&self, core: &Arc<Core>) {
        // Closing can only be refused for an interpreter already closed, which is the goal.
        if core.close().is_ok() {
            self.forget_family(core.id);
        }
    }

    /// Close an interpreter that Python code asks to close, and its family; refused while it
    /// runs.
    pub(crate) fn try_close(&self, core: &Arc<Core>) -> Result<(), Refusal> {
        core.try_close()?;
        self.forget_family(core.id);
        Ok(())
    }

    /// Unregister the closed interpreter `id`, then close every interpreter its Python code
    /// created, and theirs in turn.
    fn forget_family(&self, id: u64) {
        self.interpreters.lock().remove(&id);
        let mut orphans = self.children_of(id);
        while let Some(child) = orphans.pop() {
            // A child that is already closed (by another thread) needs nothing more.
            if child.close().is_ok() {
                self.interpreters.lock().remove(&child.id);
                orphans.extend(self.children_of(child.id));
            }
        }
    }

    fn get(&self, id: u64) -> Option<Arc<Core>> {
        self.interpreters.lock().get(&id).cloned()
    }

    pub(crate) fn len(&self) -> usize {
        self.interpreters.lock().len()
    }

    /// The interpreters that `parent` created from Python.
    fn children_of(&self, parent: u64) -> Vec<Arc<Core>> {
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

    /// A new queue for the embedder or a program: at most `maxsize` items (0: unbounded),
    /// capped by [`max_queue_items`](crate::RuntimeBuilder::max_queue_items), and at most the
    /// heap limit's worth of item bytes, so that a program cannot grow the host's memory through
    /// queues past what it may hold itself.
    pub(crate) fn new_queue(&self, maxsize: usize) -> Arc<QueueCore> {
        let maxsize = match self.settings.max_queue_items {
            Some(cap) if maxsize == 0 || maxsize > cap => cap,
            _ => maxsize,
        };
        let max_bytes = self
            .settings
            .limits
            .max_heap_bytes
            .map_or(usize::MAX, |b| usize::try_from(b).unwrap_or(usize::MAX));
        let id = self.next_queue.fetch_add(1, Ordering::Relaxed) + 1;
        let core = Arc::new(QueueCore::new(id, maxsize, max_bytes));
        self.queues.lock().insert(id, Arc::clone(&core));
        core
    }

    pub(crate) fn queue(&self, id: u64) -> Option<Arc<QueueCore>> {
        self.queues.lock().get(&id).cloned()
    }

    /// The compiled code of the shipped module `name`, compiled by the host on the first
    /// interpreter's import and shared from then on.
    pub(crate) fn compiled_module(&self, name: &str) -> Option<Arc<[u8]>> {
        if let Some(bytes) = self.compiled.lock().get(name) {
            return Some(Arc::clone(bytes));
        }
        // Compiled outside the lock, so that imports of other modules go on meanwhile; two
        // interpreters importing one module at once may both compile it.
        let bytes: Arc<[u8]> = isola_runtime::compile_shipped_module(name)?.into();
        self.compiled
            .lock()
            .insert(name.to_owned(), Arc::clone(&bytes));
        Some(bytes)
    }
}

#[cfg(test)]
mod tests {
    use crate::{Backend, Runtime};

    /// The first interpreter to import a shipped module has the host compile it; every later
    /// one gets those bytes, on both backends.
    #[test]
    fn shipped_modules_are_compiled_once_per_runtime() {
        for backend in [Backend::Native, Backend::Wasmtime] {
            let rt = Runtime::builder()
                .backend(backend)
                .sink(std::sync::Arc::new(|_, _| {}))
                .build()
                .expect("runtime");
            let compiled = |name: &str| rt.registry.compiled.lock().contains_key(name);
            assert!(!compiled("textwrap"));
            for _ in 0..2 {
                let interp = rt.create().expect("interpreter");
                interp
                    .exec("import textwrap\nassert textwrap.dedent('  a\\n  b') == 'a\\nb'")
                    .expect("runs");
            }
            assert!(compiled("textwrap"), "{backend:?}");
            // A name that is not shipped is never kept.
            let interp = rt.create().expect("interpreter");
            let _ = interp.exec("import no_such_module_at_all");
            assert!(!compiled("no_such_module_at_all"));
        }
    }
}
