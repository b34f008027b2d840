//! `Runtime` and its builder: the backend, the limits and the output shared by the interpreters it
//! creates.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use isola_runtime::Limits;

use crate::interpreter::Interpreter;
use crate::output::Sink;
use crate::worker::{ThreadPool, Worker};
use crate::{native, wasm, Error};

/// Which machinery runs an interpreter's Python.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Backend {
    /// Each interpreter is its own wasm instance under wasmtime: a memory wall, and a crash in
    /// one traps that instance only. The default, and the one for untrusted code.
    #[default]
    Wasmtime,
    /// Each interpreter is a plain Rust value on its own thread: the fastest to create and run,
    /// isolated by the runtime's own limits and Rust's ownership, for code you trust.
    Native,
}

/// The set-up shared by all the interpreters of one [`Runtime`]: a [`Backend`], the [`Limits`]
/// each interpreter gets, and where their output goes. Build it with [`Runtime::builder`].
#[derive(Clone, Default)]
pub struct RuntimeBuilder {
    backend: Backend,
    limits: Limits,
    sink: Option<Sink>,
    instance_memory: Option<u64>,
    max_instances: Option<u32>,
    module_cache: Option<Option<PathBuf>>,
}

impl RuntimeBuilder {
    /// Choose the backend (default [`Backend::Wasmtime`]).
    pub fn backend(mut self, backend: Backend) -> Self {
        self.backend = backend;
        self
    }

    /// The limits of each interpreter (default [`Limits::default`]: only the recursion limit).
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Send every interpreter's output to `sink` instead of the process's stdout and stderr.
    pub fn sink(mut self, sink: Sink) -> Self {
        self.sink = Some(sink);
        self
    }

    /// Wasmtime only: the wall on each instance's linear memory, in bytes. It backs up the
    /// runtime's own heap limit, which stops a program cleanly first; hitting the wall traps the
    /// instance. Default: twice `max_heap_bytes` plus 64 MiB for the runtime itself, or the whole
    /// 4 GiB of wasm32 when the heap is unlimited.
    pub fn instance_memory(mut self, bytes: u64) -> Self {
        self.instance_memory = Some(bytes);
        self
    }

    /// Wasmtime only: how many instances may be alive at once (default 1000). The pooling
    /// allocator reserves address space for this many up front.
    pub fn max_instances(mut self, count: u32) -> Self {
        self.max_instances = Some(count);
        self
    }

    /// Wasmtime only: where the compiled guest is cached between processes (`None`: compile in
    /// memory at each start). Default: `$ISOLA_CACHE_DIR`, else `$XDG_CACHE_HOME/isola/modules`,
    /// else `$HOME/.cache/isola/modules`.
    pub fn module_cache(mut self, dir: Option<PathBuf>) -> Self {
        self.module_cache = Some(dir);
        self
    }

    /// Set the backend up: under wasmtime, create the engine and the instance pool and load the
    /// compiled guest (from the on-disk cache when it is there, else compiling it, which takes a
    /// second or so, once per machine).
    pub fn build(self) -> Result<Runtime, Error> {
        let clock_base = Instant::now();
        let (backend, stack_bytes) = match self.backend {
            Backend::Native => (Shared::Native, native::THREAD_STACK_BYTES),
            Backend::Wasmtime => {
                let config = wasm::Config {
                    limits: self.limits.clone(),
                    instance_memory: self.instance_memory,
                    max_instances: self.max_instances.unwrap_or(1000),
                    module_cache: self.module_cache.unwrap_or_else(wasm::default_cache_dir),
                    clock_base,
                };
                (
                    Shared::Wasm(Arc::new(wasm::Shared::new(config)?)),
                    wasm::THREAD_STACK_BYTES,
                )
            }
        };
        let inner = Inner {
            backend,
            limits: self.limits,
            sink: self.sink,
            clock_base,
            pool: ThreadPool::new(stack_bytes),
        };
        Ok(Runtime {
            inner: Arc::new(inner),
        })
    }
}

/// The compiled guest and the configuration shared by the interpreters it creates: build one per
/// process (under wasmtime, building loads or compiles the guest) and create interpreters from it,
/// from any thread. Cloning is cheap and shares everything; interpreters keep what they need of it
/// alive on their own, so dropping the `Runtime` does not close them.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<Inner>,
}

struct Inner {
    backend: Shared,
    limits: Limits,
    sink: Option<Sink>,
    clock_base: Instant,
    /// Parked interpreter threads, reused by `create`.
    pool: Arc<ThreadPool>,
}

enum Shared {
    Wasm(Arc<wasm::Shared>),
    Native,
}

impl Runtime {
    /// Start configuring a runtime.
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// A runtime with the default settings: wasmtime, default limits, output to the process.
    pub fn new() -> Result<Runtime, Error> {
        Runtime::builder().build()
    }

    /// Which backend this runtime runs.
    pub fn backend(&self) -> Backend {
        match self.inner.backend {
            Shared::Wasm(_) => Backend::Wasmtime,
            Shared::Native => Backend::Native,
        }
    }

    /// The limits each interpreter gets.
    pub fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    /// Create an interpreter with the runtime's output settings.
    pub fn create(&self) -> Result<Interpreter, Error> {
        self.spawn(self.inner.sink.clone())
    }

    /// Create an interpreter whose output goes to `sink`, whatever the runtime's settings: give
    /// each interpreter its own sink to capture their output separately.
    pub fn create_with_sink(&self, sink: Sink) -> Result<Interpreter, Error> {
        self.spawn(Some(sink))
    }

    fn spawn(&self, sink: Option<Sink>) -> Result<Interpreter, Error> {
        let make: crate::worker::Make = match &self.inner.backend {
            Shared::Wasm(shared) => {
                let shared = Arc::clone(shared);
                Box::new(move || {
                    let instance = wasm::Instance::new(shared, sink)?;
                    Ok(Worker::Wasm(Box::new(instance)))
                })
            }
            Shared::Native => {
                let limits = self.inner.limits.clone();
                let clock_base = self.inner.clock_base;
                Box::new(move || {
                    let instance = native::Instance::new(limits, sink, clock_base);
                    Ok(Worker::Native(Box::new(instance)))
                })
            }
        };
        Interpreter::start(&self.inner.pool, make)
    }
}
