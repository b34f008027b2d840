//! `Runtime` and its builder: the backend, the limits and the output shared by the interpreters it
//! creates.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use isola_runtime::{Limits, ModuleSource, Shareable};

use crate::backend::Kind as Backend;
use crate::input::{self, Stdin};
use crate::interpreter::Interpreter;
use crate::mounts::{self, MountSpec};
use crate::output::Sink;
use crate::queue::Queue;
use crate::registry::{Determinism, HostFunction, Registry, Settings};
use crate::{native, wasm, Error};

/// The interpreters a runtime holds at once unless told otherwise (the wasm instance pool's
/// size, and the cap on native interpreters).
const DEFAULT_MAX_INSTANCES: u32 = 1000;

/// The set-up shared by all the interpreters of one [`Runtime`]: a [`Backend`], the [`Limits`]
/// each interpreter gets, and where their output goes. Build it with [`Runtime::builder`].
#[derive(Clone, Default)]
pub struct RuntimeBuilder {
    backend: Backend,
    limits: Limits,
    sink: Option<Sink>,
    stdin: Option<Stdin>,
    instance_memory: Option<u64>,
    max_instances: Option<u32>,
    module_cache: Option<Option<PathBuf>>,
    host_functions: HashMap<String, HostFunction>,
    max_interpreters: Option<usize>,
    max_queue_items: Option<usize>,
    determinism: Determinism,
    module_sources: Vec<ModuleSource>,
    mounts: Vec<MountSpec>,
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

    /// What `sys.stdin` and `input()` read in every interpreter of this runtime (those Python
    /// creates too, which share it as the processes of a pipeline share one stdin): `source(max)`
    /// returns up to `max` bytes, blocking until some are there, and an empty vector at the end
    /// of input. Default: no input, so reads see EOF at once and `input()` raises `EOFError`.
    ///
    /// The runtime checks its time limit before and after each call; a source that blocks past
    /// it ends the run with the time limit only once it returns.
    pub fn stdin<F>(mut self, source: F) -> Self
    where
        F: Fn(usize) -> Vec<u8> + Send + Sync + 'static,
    {
        self.stdin = Some(Arc::new(source));
        self
    }

    /// Give every interpreter of this runtime `bytes` as its standard input, shared as
    /// [`stdin`](Self::stdin) describes: what one reads, the others do not.
    pub fn stdin_bytes(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(input::from_bytes(bytes.into()));
        self
    }

    /// Read standard input from the process's own stdin, as the `isola` command does: a read
    /// blocks until the process gets input or EOF.
    pub fn inherit_stdin(mut self) -> Self {
        self.stdin = Some(input::process());
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

    /// Give Python code a host function: `interpreters.call_host(name, *args)` calls `function`
    /// with the (shareable) arguments, on the calling interpreter's thread, and returns its
    /// result; an `Err` is raised as `RuntimeError` with its message. This is the only way for
    /// Python code to reach the host beyond its output, clock and randomness.
    pub fn host_function<F>(mut self, name: &str, function: F) -> Self
    where
        F: Fn(Vec<Shareable>) -> Result<Shareable, String> + Send + Sync + 'static,
    {
        self.host_functions
            .insert(name.to_owned(), Arc::new(function));
        self
    }

    /// How many interpreters may be alive at once in this runtime, the embedder's and those
    /// Python creates together (default: the instance pool's size, 1000 unless
    /// [`max_instances`](Self::max_instances) says otherwise, on both backends: each native
    /// interpreter is a thread of the process). Beyond it, `interpreters.create()` raises
    /// `InterpreterError`.
    pub fn max_interpreters(mut self, count: usize) -> Self {
        self.max_interpreters = Some(count);
        self
    }

    /// The most items any queue may hold: a queue created with a larger `maxsize`, or unbounded,
    /// gets this one instead (default: no cap).
    pub fn max_queue_items(mut self, count: usize) -> Self {
        self.max_queue_items = Some(count);
        self
    }

    /// Make randomness deterministic: every interpreter's `random` seed, `os.urandom`-like bytes
    /// and `uuid4` come from a generator seeded with `seed` and the interpreter's id.
    pub fn seed(mut self, seed: u64) -> Self {
        self.determinism.seed = Some(seed);
        self
    }

    /// Freeze the wall clock (`time.time()`) at `seconds` since the Unix epoch. The monotonic
    /// clock keeps running, since the time limits are measured with it.
    pub fn frozen_clock(mut self, seconds: f64) -> Self {
        self.determinism.frozen_wall_time = Some(seconds);
        self
    }

    /// Give every interpreter of this runtime (those Python creates too) a module written in
    /// Python, importable as `name`: `"pkg.sub"` for a submodule, `is_package` for a package's
    /// `__init__`. Each interpreter compiles it on its first import; it takes precedence over a
    /// built-in or standard-library module of the same name, and a later call for the same name
    /// replaces an earlier one. `isola run` hands over the `.py` files beside the script this way.
    pub fn module_source(mut self, name: &str, source: &str, is_package: bool) -> Self {
        self.module_sources.push(ModuleSource {
            name: name.to_owned(),
            source: source.to_owned(),
            is_package,
        });
        self
    }

    /// Mount the host directory `host` at `guest` (an absolute path such as `/data`) in the file
    /// system of every interpreter of this runtime (those Python creates too), read-only or
    /// read-write. Programs then `open`, list, create, rename and remove files there with the
    /// usual `os`, `io`, `pathlib` and `shutil` calls, and the host sees each change as it is
    /// made; everything else of the file system stays in each interpreter's memory. Paths are
    /// resolved beneath `host`: no `..` and no symbolic link leads out of it. A read-only mount
    /// refuses every change with `OSError(EROFS)`; only regular files and directories open.
    /// [`build`](Self::build) fails if `host` is not a directory or the mount points overlap.
    pub fn mount(mut self, host: impl Into<PathBuf>, guest: &str, read_only: bool) -> Self {
        self.mounts.push(MountSpec {
            host: host.into(),
            guest: guest.to_owned(),
            read_only,
        });
        self
    }

    /// Set the backend up: under wasmtime, create the engine and the instance pool and load the
    /// compiled guest (from the on-disk cache when it is there, else compiling it, which takes a
    /// second or so, once per machine).
    pub fn build(self) -> Result<Runtime, Error> {
        let mounts = mounts::open_all(&self.mounts)?;
        let clock_base = Instant::now();
        let backend: Arc<dyn crate::backend::Backend> = match self.backend {
            Backend::Native => Arc::new(native::Native {
                clock_base,
                modules: self.module_sources.into(),
            }),
            Backend::Wasmtime => Arc::new(wasm::Shared::new(wasm::Config {
                limits: self.limits.clone(),
                instance_memory: self.instance_memory,
                max_instances: self.max_instances.unwrap_or(DEFAULT_MAX_INSTANCES),
                module_cache: self.module_cache.unwrap_or_else(wasm::default_cache_dir),
                module_sources: &self.module_sources,
                clock_base,
            })?),
        };
        let settings = Settings {
            limits: self.limits,
            sink: self.sink,
            stdin: self.stdin,
            host_functions: self.host_functions,
            max_interpreters: self
                .max_interpreters
                .unwrap_or(self.max_instances.unwrap_or(DEFAULT_MAX_INSTANCES) as usize),
            max_queue_items: self.max_queue_items,
            determinism: self.determinism,
            mounts,
        };
        Ok(Runtime {
            registry: Registry::new(settings, backend),
        })
    }
}

/// The compiled guest and the configuration shared by the interpreters it creates: build one per
/// process (under wasmtime, building loads or compiles the guest) and create interpreters from it,
/// from any thread. Cloning is cheap and shares everything; interpreters keep what they need of it
/// alive on their own, so dropping the `Runtime` does not close them.
#[derive(Clone)]
pub struct Runtime {
    pub(crate) registry: Arc<Registry>,
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
        self.registry.backend()
    }

    /// The limits each interpreter gets.
    pub fn limits(&self) -> &Limits {
        &self.registry.settings.limits
    }

    /// Create an interpreter with the runtime's output settings.
    pub fn create(&self) -> Result<Interpreter, Error> {
        self.spawn(self.registry.settings.sink.clone())
    }

    /// Create an interpreter whose output goes to `sink`, whatever the runtime's settings: give
    /// each interpreter its own sink to capture their output separately.
    pub fn create_with_sink(&self, sink: Sink) -> Result<Interpreter, Error> {
        self.spawn(Some(sink))
    }

    /// Create a queue holding at most `maxsize` items (0: unbounded, or the runtime's
    /// [`max_queue_items`](RuntimeBuilder::max_queue_items)).
    pub fn create_queue(&self, maxsize: usize) -> Queue {
        Queue {
            core: self.registry.new_queue(maxsize),
        }
    }

    /// The queue with this id, as a program hands it back (a [`Shareable::Queue`] that
    /// [`Queue::get`] or [`Interpreter::call`] returned); `None` if this runtime has no such
    /// queue.
    pub fn queue(&self, id: u64) -> Option<Queue> {
        let core = self.registry.queue(id)?;
        Some(Queue { core })
    }

    /// How many interpreters are alive: the embedder's and those their Python code created.
    pub fn interpreter_count(&self) -> usize {
        self.registry.len()
    }

    fn spawn(&self, sink: Option<Sink>) -> Result<Interpreter, Error> {
        let limits = self.registry.settings.limits.clone();
        let core = self.registry.spawn(sink, limits, None)?;
        Ok(Interpreter {
            core,
            registry: Arc::clone(&self.registry),
        })
    }
}
