//! The wasmtime backend: one `Engine`, `Module` and `InstancePre` per runtime, one `Store` and
//! instance per interpreter, the host imports of the guest ABI, and the backstops (memory wall,
//! epoch deadline) behind the runtime's own limits.

mod cache;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use isola_guest::abi;
use isola_runtime::{
    CallSpec, HostError, Invocation, LimitKind, Limits, ModuleSource, Request, Shareable,
};
use parking_lot::Mutex;
use wasmtime::{
    AsContextMut, Caller, Engine, InstanceAllocationStrategy, InstancePre, Linker, Memory,
    PoolingAllocationConfig, ResourceLimiter, Store, Trap, TypedFunc,
};

use crate::backend::{self, Services, Setup};
use crate::error::panic_message;
use crate::input::Stdin;
use crate::interrupt::Interrupt;
use crate::output::{Output, Sink};
use crate::Error;

pub(crate) use cache::default_cache_dir;

/// The guest module, built by `build.rs`.
const GUEST_WASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/isola_guest.wasm"));
/// The SHA-256 of [`GUEST_WASM`], computed by `build.rs`: the module cache's key.
const GUEST_SHA256: &str = env!("ISOLA_GUEST_SHA256");

/// Native stack that wasm code may use: the parser and compiler recurse up to ~1000 levels.
const WASM_STACK_BYTES: usize = 16 << 20;
/// Stack of an interpreter's thread: the wasm stack plus room for wasmtime and the host calls.
const THREAD_STACK_BYTES: usize = WASM_STACK_BYTES + (4 << 20);
/// The whole address space of a wasm32 memory.
const WASM32_MEMORY_BYTES: u64 = 1 << 32;
/// Room for the runtime itself (stack, code data, allocator slack) on top of the Python heap.
const RUNTIME_HEADROOM_BYTES: u64 = 64 << 20;
/// How often the epoch ticker advances the engine's epoch.
const EPOCH_TICK: Duration = Duration::from_millis(10);
/// The epoch deadline when there is no timeout: never reached, since no ticker runs then.
const NO_DEADLINE: u64 = 1 << 62;
/// The most bytes of stdin handed to the guest in one `read_stdin` call, whatever it asks.
const MAX_STDIN_CHUNK_BYTES: usize = 1 << 20;
/// The longest guest panic message kept for the trap report.
const MAX_PANIC_MESSAGE_BYTES: usize = 4096;

/// What [`Shared::new`] needs from the builder.
pub(crate) struct Config<'a> {
    pub(crate) limits: Limits,
    pub(crate) instance_memory: Option<u64>,
    pub(crate) max_instances: u32,
    pub(crate) module_cache: Option<PathBuf>,
    pub(crate) module_sources: &'a [ModuleSource],
    pub(crate) clock_base: Instant,
}

/// Everything the interpreters of one runtime share, immutable once built.
pub(crate) struct Shared {
    pre: InstancePre<State>,
    limits: Limits,
    memory_wall: usize,
    /// Epoch ticks an exec may run before the backstop traps it.
    deadline_ticks: u64,
    clock_base: Instant,
    /// The runtime's module sources as an encoded `Invocation`, handed to each new instance
    /// (`None` when there are none).
    module_sources: Option<Vec<u8>>,
    /// Dropping the last `Shared` drops this sender, which stops the ticker thread.
    _ticker: Option<mpsc::Sender<()>>,
}

impl Shared {
    pub(crate) fn new(config: Config<'_>) -> Result<Shared, Error> {
        let limits = config.limits;
        let memory_wall = config
            .instance_memory
            .unwrap_or_else(|| match limits.max_heap_bytes {
                Some(heap) => heap
                    .saturating_mul(2)
                    .saturating_add(RUNTIME_HEADROOM_BYTES),
                None => WASM32_MEMORY_BYTES,
            })
            .min(WASM32_MEMORY_BYTES);
        let memory_wall = usize::try_from(memory_wall).unwrap_or(usize::MAX);
        let epochs = limits.timeout_ns.is_some();
        let engine = build_engine(config.max_instances, memory_wall, epochs)?;
        let module = cache::load_module(&engine, GUEST_WASM, GUEST_SHA256, config.module_cache)?;
        let pre = build_linker(&engine)?
            .instantiate_pre(&module)
            .map_err(|e| Error::Backend(format!("linking the guest: {e:#}")))?;
        let (deadline_ticks, ticker) = match limits.timeout_ns {
            Some(timeout_ns) => (backstop_ticks(timeout_ns), Some(start_ticker(&engine)?)),
            None => (NO_DEADLINE, None),
        };
        Ok(Shared {
            pre,
            limits,
            memory_wall,
            deadline_ticks,
            clock_base: config.clock_base,
            module_sources: (!config.module_sources.is_empty()).then(|| {
                isola_runtime::encode(&Invocation::AddModuleSources(
                    config.module_sources.to_vec(),
                ))
            }),
            _ticker: ticker,
        })
    }
}

/// The engine: a big wasm stack, epoch interruption for the time backstop when there is a
/// timeout (its checks at every loop head and call cost about 20% of the interpreter's speed, so
/// a runtime without a timeout goes without; the two variants are cached separately), and the
/// pooling allocator when the system grants its address-space reservation (else instances are
/// allocated on demand, which is slower to create but otherwise the same).
///
/// `ISOLA_PROFILE=perfmap` in the environment makes wasmtime write `/tmp/perf-PID.map`, which
/// names the guest's compiled functions for `perf report` (PERFORMANCE.md); the generated code
/// is the same, so the cached module is still used.
fn build_engine(max_instances: u32, memory_wall: usize, epochs: bool) -> Result<Engine, Error> {
    let mut config = wasmtime::Config::new();
    // Wasmtime requires the async stack to be at least the wasm stack, even with async off.
    config
        .epoch_interruption(epochs)
        .max_wasm_stack(WASM_STACK_BYTES)
        .async_stack_size(THREAD_STACK_BYTES);
    if std::env::var_os("ISOLA_PROFILE").is_some_and(|value| value == "perfmap") {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    let mut pool = PoolingAllocationConfig::new();
    pool.total_core_instances(max_instances)
        .total_memories(max_instances)
        .total_tables(max_instances)
        .max_memory_size(memory_wall);
    let mut pooled = config.clone();
    pooled.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    Engine::new(&pooled)
        .or_else(|_| Engine::new(&config))
        .map_err(|e| Error::Backend(format!("creating the wasmtime engine: {e:#}")))
}

/// Epoch ticks before the backstop fires for a timeout: twice the timeout plus 100 ms, so that
/// the runtime's own, cleaner time limit always fires first unless the guest is stuck in Rust.
fn backstop_ticks(timeout_ns: u64) -> u64 {
    let backstop_ns = timeout_ns.saturating_mul(2).saturating_add(100_000_000);
    backstop_ns.div_ceil(EPOCH_TICK.as_nanos() as u64).max(1)
}

/// Start the thread that advances the engine's epoch every [`EPOCH_TICK`] until the returned
/// sender is dropped.
fn start_ticker(engine: &Engine) -> Result<mpsc::Sender<()>, Error> {
    let (stop, stopped) = mpsc::channel::<()>();
    let engine = engine.clone();
    std::thread::Builder::new()
        .name("isola-epoch".into())
        .spawn(move || {
            while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(EPOCH_TICK) {
                engine.increment_epoch();
            }
        })?;
    Ok(stop)
}

/// The host side of the guest's imports (see `isola_guest`'s ABI table).
fn build_linker(engine: &Engine) -> Result<Linker<State>, Error> {
    let mut linker = Linker::new(engine);
    let link_error = |e: wasmtime::Error| Error::Backend(format!("defining host imports: {e:#}"));
    linker
        .func_wrap(
            "isola",
            "write",
            |mut caller: Caller<'_, State>, stream: i32, ptr: i32, len: i32| {
                let stream = abi::stream_from_code(stream)
                    .ok_or_else(|| wasmtime::format_err!("write to unknown stream {stream}"))?;
                let memory = caller.data().memory()?;
                let (bytes, state) = memory.data_and_store_mut(&mut caller);
                state.output.write(stream, guest_slice(bytes, ptr, len)?);
                Ok(())
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "monotonic_ns",
            |caller: Caller<'_, State>| -> i64 {
                i64::try_from(caller.data().clock_base.elapsed().as_nanos()).unwrap_or(i64::MAX)
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "sleep_until",
            |caller: Caller<'_, State>, until_ns: i64| {
                let until = Duration::from_nanos(u64::try_from(until_ns).unwrap_or(0));
                // An interrupt ends the sleep early; the guest then asks for it and raises it.
                let state = caller.data();
                state.interrupt.sleep_until(state.clock_base + until);
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "take_interrupt",
            |caller: Caller<'_, State>| -> i32 { i32::from(caller.data().interrupt.take()) },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "flush",
            |mut caller: Caller<'_, State>, stream: i32| -> wasmtime::Result<()> {
                let stream = abi::stream_from_code(stream)
                    .ok_or_else(|| wasmtime::format_err!("flush of unknown stream {stream}"))?;
                caller.data_mut().output.flush_stream(stream);
                Ok(())
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap("isola", "wall_time", |caller: Caller<'_, State>| -> f64 {
            caller.data().services.lock().wall_time()
        })
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "random",
            |mut caller: Caller<'_, State>, ptr: i32, len: i32| {
                let memory = caller.data().memory()?;
                let (bytes, state) = memory.data_and_store_mut(&mut caller);
                state
                    .services
                    .lock()
                    .fill_random(guest_slice_mut(bytes, ptr, len)?);
                Ok(())
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "read_stdin",
            |mut caller: Caller<'_, State>, ptr: i32, max: i32| -> wasmtime::Result<i32> {
                let max = (max as u32 as usize).min(MAX_STDIN_CHUNK_BYTES);
                let memory = caller.data().memory()?;
                // A bad buffer traps before any input is taken for it.
                guest_slice_mut(memory.data_mut(&mut caller), ptr, max as i32)?;
                // What was printed so far (a prompt) shows before the read blocks.
                caller.data_mut().output.flush();
                let chunk = crate::input::read(caller.data().stdin.as_ref(), max);
                // Time blocked on input is not the guest's to account for: the guest checks its
                // own deadline as soon as the read returns, so the backstop starts over.
                let ticks = caller.data().deadline_ticks;
                caller.as_context_mut().set_epoch_deadline(ticks);
                let (bytes, _) = memory.data_and_store_mut(&mut caller);
                let len = i32::try_from(chunk.len()).unwrap_or(i32::MAX);
                guest_slice_mut(bytes, ptr, len)?.copy_from_slice(&chunk);
                Ok(len)
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "request",
            |mut caller: Caller<'_, State>, ptr: i32, len: i32| -> wasmtime::Result<i32> {
                let memory = caller.data().memory()?;
                let (bytes, state) = memory.data_and_store_mut(&mut caller);
                let reply = match isola_runtime::decode::<Request>(guest_slice(bytes, ptr, len)?) {
                    Some(request) => {
                        // What this interpreter printed comes before what the next one prints.
                        state.output.flush();
                        state.services.lock().handle(request)
                    }
                    None => Err(HostError::malformed_request()),
                };
                state.reply = isola_runtime::encode(&reply);
                Ok(i32::try_from(state.reply.len()).unwrap_or(-1))
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "reply",
            |mut caller: Caller<'_, State>, ptr: i32| -> wasmtime::Result<()> {
                let memory = caller.data().memory()?;
                let (bytes, state) = memory.data_and_store_mut(&mut caller);
                let reply = std::mem::take(&mut state.reply);
                let len = i32::try_from(reply.len()).unwrap_or(i32::MAX);
                guest_slice_mut(bytes, ptr, len)?.copy_from_slice(&reply);
                Ok(())
            },
        )
        .map_err(link_error)?;
    linker
        .func_wrap(
            "isola",
            "panic",
            |mut caller: Caller<'_, State>, ptr: i32, len: i32| {
                let memory = caller.data().memory()?;
                let (bytes, state) = memory.data_and_store_mut(&mut caller);
                let message = guest_slice(bytes, ptr, len)?;
                let message = &message[..message.len().min(MAX_PANIC_MESSAGE_BYTES)];
                state.panic = Some(String::from_utf8_lossy(message).into_owned());
                Ok(())
            },
        )
        .map_err(link_error)?;
    Ok(linker)
}

/// The guest bytes at `ptr..ptr + len`, or an error (trapping the guest) when out of bounds.
fn guest_slice(bytes: &[u8], ptr: i32, len: i32) -> wasmtime::Result<&[u8]> {
    // The ABI's i32 pointers and lengths are unsigned offsets.
    let start = ptr as u32 as usize;
    let end = start.checked_add(len as u32 as usize);
    end.and_then(|end| bytes.get(start..end))
        .ok_or_else(|| wasmtime::format_err!("guest passed an out-of-bounds buffer"))
}

/// The guest bytes at `ptr..ptr + len`, writable, or an error when out of bounds.
fn guest_slice_mut(bytes: &mut [u8], ptr: i32, len: i32) -> wasmtime::Result<&mut [u8]> {
    let start = ptr as u32 as usize;
    let end = start.checked_add(len as u32 as usize);
    end.and_then(|end| bytes.get_mut(start..end))
        .ok_or_else(|| wasmtime::format_err!("guest passed an out-of-bounds buffer"))
}

/// The host state of one store.
pub(crate) struct State {
    output: Output,
    memory: Option<Memory>,
    wall: MemoryWall,
    /// The message of a guest panic, sent by the `panic` import just before the trap.
    panic: Option<String>,
    clock_base: Instant,
    /// What the interpreter asks of its runtime: shared by its successive instances.
    services: Arc<Mutex<Box<dyn Services>>>,
    stdin: Option<Stdin>,
    /// The interpreter's interrupt request (Ctrl-C), shared with its `InterruptHandle`s.
    interrupt: Arc<Interrupt>,
    /// The encoded reply to the last request, until the guest copies it in.
    reply: Vec<u8>,
    /// The epoch ticks of an exec's backstop, restarted after a read of stdin.
    deadline_ticks: u64,
}

impl State {
    fn memory(&self) -> wasmtime::Result<Memory> {
        self.memory
            .ok_or_else(|| wasmtime::format_err!("guest called an import before init"))
    }
}

/// The memory wall, as a `ResourceLimiter` that remembers refusing a growth, so that the trap
/// that follows (the guest's allocator aborts) can be reported as running out of memory.
struct MemoryWall {
    bytes: usize,
    refused: Option<usize>,
}

impl ResourceLimiter for MemoryWall {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let allowed = desired <= self.bytes && maximum.is_none_or(|maximum| desired <= maximum);
        if !allowed {
            self.refused = Some(desired);
        }
        Ok(allowed)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(maximum.is_none_or(|maximum| desired <= maximum))
    }
}

/// The guest's exports, looked up once per instance.
struct Exports {
    init: TypedFunc<(i64, i64, i32, i64, i64), i32>,
    alloc: TypedFunc<i32, i32>,
    free: TypedFunc<(i32, i32), ()>,
    exec: TypedFunc<(i32, i32, i32, i32), i32>,
    invoke: TypedFunc<(i32, i32), i32>,
    error_ptr: TypedFunc<(), i32>,
    error_len: TypedFunc<(), i32>,
}

/// A live instance: its store and exports.
struct Live {
    store: Store<State>,
    exports: Exports,
}

impl backend::Backend for Shared {
    fn kind(&self) -> backend::Kind {
        backend::Kind::Wasmtime
    }

    fn thread_stack_bytes(&self) -> usize {
        THREAD_STACK_BYTES
    }

    fn spin(&self) -> Duration {
        // None: freeing an instance gives its memory back to the system, which interrupts
        // every core that runs one of the process's threads, a spinning one too; with a spin,
        // create and close took 130 µs instead of 35.
        Duration::ZERO
    }

    fn instantiate(self: Arc<Self>, setup: Setup) -> Result<Box<dyn backend::Instance>, Error> {
        let mut instance = Instance {
            shared: self,
            live: None,
            sink: setup.sink,
            limits: setup.limits,
            stdin: setup.stdin,
            interrupt: setup.interrupt,
            services: Arc::new(Mutex::new(setup.services)),
        };
        instance.live = Some(instance.instantiate()?);
        Ok(Box::new(instance))
    }
}

/// One interpreter under wasmtime, owned by its thread. After a trap its instance is dropped and
/// the next exec instantiates a fresh one.
struct Instance {
    shared: Arc<Shared>,
    live: Option<Live>,
    /// Where each of its successive instances writes.
    sink: Option<Sink>,
    limits: Limits,
    stdin: Option<Stdin>,
    interrupt: Arc<Interrupt>,
    services: Arc<Mutex<Box<dyn Services>>>,
}

impl Instance {
    /// Create a fresh instance and its interpreter.
    fn instantiate(&self) -> Result<Live, Error> {
        let shared = &*self.shared;
        let state = State {
            output: Output::new(self.sink.clone()),
            memory: None,
            wall: MemoryWall {
                bytes: shared.memory_wall,
                refused: None,
            },
            panic: None,
            clock_base: shared.clock_base,
            services: Arc::clone(&self.services),
            stdin: self.stdin.clone(),
            interrupt: Arc::clone(&self.interrupt),
            reply: Vec::new(),
            deadline_ticks: shared.deadline_ticks,
        };
        let mut store = Store::new(shared.pre.module().engine(), state);
        store.limiter(|state| &mut state.wall);
        store.set_epoch_deadline(shared.deadline_ticks);
        let instance = match shared.pre.instantiate(&mut store) {
            Ok(instance) => instance,
            Err(e) => return Err(Error::Backend(format!("instantiating the guest: {e:#}"))),
        };
        let exports = match lookup_exports(&instance, &mut store) {
            Ok(exports) => exports,
            Err(e) => return Err(Error::Backend(format!("the guest lacks an export: {e:#}"))),
        };
        store.data_mut().memory = Some(exports.1);
        let mut live = Live {
            store,
            exports: exports.0,
        };
        let limits = &self.limits;
        let status = live.exports.init.call(
            &mut live.store,
            (
                abi::limit_to_wire(limits.max_instructions),
                abi::limit_to_wire(limits.max_heap_bytes),
                i32::try_from(limits.max_recursion).unwrap_or(i32::MAX),
                abi::limit_to_wire(limits.max_output_bytes),
                abi::limit_to_wire(limits.timeout_ns),
            ),
        );
        let when = "while creating the interpreter";
        match status {
            Ok(abi::STATUS_OK) => {}
            Ok(status) => {
                return Err(Error::Backend(format!(
                    "the guest's init returned status {status}"
                )))
            }
            Err(trap) => {
                return Err(self.discard(live, when, |state| trap_cause(state, &trap, &self.shared)))
            }
        }
        if let Some(modules) = &shared.module_sources {
            match run_invoke(&mut live, modules) {
                Ok(Ok(_)) => {}
                Ok(Err(error)) => return Err(error),
                Err(trap) => {
                    let cause = |state: &State| trap_cause(state, &trap, &self.shared);
                    return Err(self.discard(live, when, cause));
                }
            }
        }
        Ok(live)
    }

    /// Run `f` on the live instance (a fresh one after a trap), discarding the instance if it
    /// traps.
    fn run<T>(
        &mut self,
        f: impl FnOnce(&mut Live) -> wasmtime::Result<Result<T, Error>>,
    ) -> Result<T, Error> {
        let mut live = match self.live.take() {
            Some(live) => live,
            None => self.instantiate()?,
        };
        live.store.set_epoch_deadline(self.shared.deadline_ticks);
        live.store.data_mut().wall.refused = None;
        // A panicking sink unwinds through the guest's frames to here; the instance is then
        // discarded like a trapped one.
        let result = catch_unwind(AssertUnwindSafe(|| f(&mut live)));
        match result {
            Ok(Ok(outcome)) => {
                live.store.data_mut().output.flush();
                self.live = Some(live);
                outcome
            }
            Ok(Err(trap)) => {
                Err(self.discard(live, "", |state| trap_cause(state, &trap, &self.shared)))
            }
            Err(payload) => {
                let message = panic_message(payload.as_ref()).to_string();
                Err(self.discard(live, "", |_| format!("the output sink panicked: {message}")))
            }
        }
    }

    /// Throw a broken instance away (its heap may be half-updated), after flushing what it
    /// wrote, and describe what broke it with `cause`.
    fn discard(&self, live: Live, when: &str, cause: impl FnOnce(&State) -> String) -> Error {
        let mut state = live.store.into_data();
        state.output.flush();
        let cause = cause(&state);
        let when = if when.is_empty() {
            String::new()
        } else {
            format!(" {when}")
        };
        Error::Trap(format!(
            "{cause}{when}; the interpreter's instance was discarded"
        ))
    }
}

impl backend::Instance for Instance {
    fn exec(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run(|live| run_exec(live, source, filename))
    }

    fn prepare_main(&mut self, names: Vec<(String, Shareable)>) -> Result<(), Error> {
        let bytes = isola_runtime::encode(&Invocation::PrepareMain(names));
        self.run(|live| run_invoke(live, &bytes)).map(|_| ())
    }

    fn exec_interactive(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let bytes = isola_runtime::encode(&Invocation::ExecInteractive {
            source: source.to_owned(),
            filename: filename.to_owned(),
        });
        self.run(|live| run_invoke(live, &bytes)).map(|_| ())
    }

    fn finish(&mut self) -> Result<(), Error> {
        let bytes = isola_runtime::encode(&Invocation::Finish);
        self.run(|live| run_invoke(live, &bytes)).map(|_| ())
    }

    fn call(&mut self, spec: CallSpec) -> Result<Shareable, Error> {
        let bytes = isola_runtime::encode(&Invocation::Call(spec));
        self.run(|live| run_invoke(live, &bytes))
    }
}

fn lookup_exports(
    instance: &wasmtime::Instance,
    store: &mut Store<State>,
) -> wasmtime::Result<(Exports, Memory)> {
    let memory = instance
        .get_memory(&mut *store, "memory")
        .ok_or_else(|| wasmtime::format_err!("memory"))?;
    let exports = Exports {
        init: instance.get_typed_func(&mut *store, "isola_init")?,
        alloc: instance.get_typed_func(&mut *store, "isola_alloc")?,
        free: instance.get_typed_func(&mut *store, "isola_free")?,
        exec: instance.get_typed_func(&mut *store, "isola_exec")?,
        invoke: instance.get_typed_func(&mut *store, "isola_invoke")?,
        error_ptr: instance.get_typed_func(&mut *store, "isola_error_ptr")?,
        error_len: instance.get_typed_func(&mut *store, "isola_error_len")?,
    };
    Ok((exports, memory))
}

/// Copy the source and filename in, run them, and read back the outcome. The outer `Err` is a
/// trap; the inner result is the program's.
fn run_exec(live: &mut Live, source: &str, filename: &str) -> wasmtime::Result<Result<(), Error>> {
    let Live { store, exports } = live;
    let total = source.len() + filename.len();
    let Ok(total_i32) = i32::try_from(total) else {
        return Ok(Err(too_big(total)));
    };
    let ptr = exports.alloc.call(&mut *store, total_i32)?;
    if ptr == 0 {
        return Ok(Err(too_big(total)));
    }
    let memory = store.data().memory()?;
    let base = ptr as u32 as usize;
    memory.write(&mut *store, base, source.as_bytes())?;
    memory.write(&mut *store, base + source.len(), filename.as_bytes())?;
    let name_ptr = ptr.wrapping_add(source.len() as i32);
    let status = exports.exec.call(
        &mut *store,
        (ptr, source.len() as i32, name_ptr, filename.len() as i32),
    )?;
    exports.free.call(&mut *store, (ptr, total_i32))?;
    if status == abi::STATUS_OK {
        return Ok(Ok(()));
    }
    let record_ptr = exports.error_ptr.call(&mut *store, ())?;
    let record_len = exports.error_len.call(&mut *store, ())?;
    let record = guest_slice(memory.data(&*store), record_ptr, record_len)?;
    Ok(Err(match abi::decode_error(status, record) {
        Ok(error) => Error::from(error),
        Err(abi::DecodeError::Abi(message)) => {
            Error::Backend(format!("guest ABI error: {message}"))
        }
        Err(abi::DecodeError::Malformed(what)) => {
            Error::Backend(format!("the guest returned a malformed error ({what})"))
        }
    }))
}

/// Copy an encoded invocation in, run it, and read back its result or error.
fn run_invoke(live: &mut Live, bytes: &[u8]) -> wasmtime::Result<Result<Shareable, Error>> {
    let Live { store, exports } = live;
    let Ok(len) = i32::try_from(bytes.len()) else {
        return Ok(Err(too_big(bytes.len())));
    };
    let ptr = exports.alloc.call(&mut *store, len)?;
    if ptr == 0 {
        return Ok(Err(too_big(bytes.len())));
    }
    let memory = store.data().memory()?;
    memory.write(&mut *store, ptr as u32 as usize, bytes)?;
    let status = exports.invoke.call(&mut *store, (ptr, len))?;
    exports.free.call(&mut *store, (ptr, len))?;
    let record_ptr = exports.error_ptr.call(&mut *store, ())?;
    let record_len = exports.error_len.call(&mut *store, ())?;
    let record = guest_slice(memory.data(&*store), record_ptr, record_len)?;
    if status == abi::STATUS_OK {
        return Ok(isola_runtime::decode::<Shareable>(record)
            .ok_or_else(|| Error::Backend("the guest returned a malformed result".into())));
    }
    Ok(Err(decode_status(status, record)))
}

fn decode_status(status: i32, record: &[u8]) -> Error {
    match abi::decode_error(status, record) {
        Ok(error) => Error::from(error),
        Err(abi::DecodeError::Abi(message)) => {
            Error::Backend(format!("guest ABI error: {message}"))
        }
        Err(abi::DecodeError::Malformed(what)) => {
            Error::Backend(format!("the guest returned a malformed error ({what})"))
        }
    }
}

fn too_big(bytes: usize) -> Error {
    Error::Limit {
        kind: LimitKind::HeapBytes,
        detail: format!("no room for {bytes} bytes of source in the interpreter's memory"),
    }
}

/// Say what stopped the guest, from most to least specific.
fn trap_cause(state: &State, trap: &wasmtime::Error, shared: &Shared) -> String {
    if let Some(panic) = &state.panic {
        return format!("the guest panicked: {panic}");
    }
    if let Some(desired) = state.wall.refused {
        return format!(
            "out of memory: the interpreter's memory wall of {} bytes refused growing to {desired} \
             bytes",
            state.wall.bytes
        );
    }
    match trap.downcast_ref::<Trap>() {
        Some(Trap::Interrupt) => {
            let timeout = Duration::from_nanos(shared.limits.timeout_ns.unwrap_or(0));
            format!(
                "time limit backstop: the guest did not stop itself within twice its {timeout:?} \
                 time limit"
            )
        }
        Some(Trap::StackOverflow) => "wasm trap: the guest overflowed its native stack".into(),
        Some(trap) => format!("wasm trap: {trap}"),
        None => format!("wasm error: {trap:#}"),
    }
}
