//! What crosses between interpreters: `Shareable` values, the requests an interpreter makes of its
//! host about other interpreters and queues (`Request`, answered by a `Reply`), and what a host
//! asks of an interpreter besides `exec` (`Invocation`: shared values for `prepare_main` and
//! `call_shared`, and module sources).
//!
//! Every type here is plain owned data with serde derives, so that a host can move it across a
//! wasm or worker boundary with [`encode`] and [`decode`] (postcard bytes).

use std::rc::Rc;

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::api::{ExecError, Limits};
use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, Dict, Function, Tuple};
use crate::value::Value;

/// How deeply tuples may nest in a shareable value: deeper ones are refused rather than risk the
/// converter's recursion (CPython shares far shallower data in practice).
const MAX_SHARE_DEPTH: u32 = 200;

/// An immutable value that can be copied from one interpreter to another: the only kind of data
/// that crosses. It owns everything it holds and refers to no interpreter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Shareable {
    None,
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A larger int, as its two's-complement little-endian bytes.
    BigInt(Vec<u8>),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Shareable>),
    /// A handle to the host queue with this id.
    Queue(u64),
}

impl From<i64> for Shareable {
    fn from(value: i64) -> Shareable {
        Shareable::Int(value)
    }
}

impl From<&str> for Shareable {
    fn from(value: &str) -> Shareable {
        Shareable::Str(value.to_owned())
    }
}

impl From<String> for Shareable {
    fn from(value: String) -> Shareable {
        Shareable::Str(value)
    }
}

impl From<bool> for Shareable {
    fn from(value: bool) -> Shareable {
        Shareable::Bool(value)
    }
}

impl From<f64> for Shareable {
    fn from(value: f64) -> Shareable {
        Shareable::Float(value)
    }
}

/// Limits asked for a new child interpreter. `None` asks for as much as the creator has left;
/// the runtime clamps each field to what its creator has left before sending, and the host
/// clamps again to the creator's own configured limits (see [`ChildLimits::within`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChildLimits {
    pub max_instructions: Option<u64>,
    pub max_heap_bytes: Option<u64>,
    pub max_recursion: Option<u32>,
    pub max_output_bytes: Option<u64>,
    pub timeout_ns: Option<u64>,
}

impl ChildLimits {
    /// Each limit the smaller of what was asked and `bound`; a limit unset on one side is the
    /// other's. The runtime bounds a request by what its creator has left; every host bounds it
    /// again by the creator's own limits ([`ChildLimits::within`]), since under wasmtime and in a
    /// browser worker the request comes from a guest the host does not trust.
    pub fn bounded_by(&self, bound: &ChildLimits) -> ChildLimits {
        ChildLimits {
            max_instructions: lesser(self.max_instructions, bound.max_instructions),
            max_heap_bytes: lesser(self.max_heap_bytes, bound.max_heap_bytes),
            max_recursion: lesser(self.max_recursion, bound.max_recursion),
            max_output_bytes: lesser(self.max_output_bytes, bound.max_output_bytes),
            timeout_ns: lesser(self.timeout_ns, bound.timeout_ns),
        }
    }

    /// The limits a child gets: what it asked for, never more than its creator's `own`. The one
    /// clamp of native, wasmtime and the web host.
    pub fn within(&self, own: &Limits) -> Limits {
        let own_bound = ChildLimits {
            max_instructions: own.max_instructions,
            max_heap_bytes: own.max_heap_bytes,
            max_recursion: Some(own.max_recursion),
            max_output_bytes: own.max_output_bytes,
            timeout_ns: own.timeout_ns,
        };
        let bounded = self.bounded_by(&own_bound);
        Limits {
            max_instructions: bounded.max_instructions,
            max_heap_bytes: bounded.max_heap_bytes,
            max_recursion: bounded.max_recursion.unwrap_or(own.max_recursion),
            max_output_bytes: bounded.max_output_bytes,
            timeout_ns: bounded.timeout_ns,
        }
    }
}

/// The tighter of two optional bounds (`None` is unbounded).
fn lesser<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The most queues the code of one interpreter may make: a host keeps each queue for its
/// runtime's lifetime (an id may be handed back later), so a loop making queues would otherwise
/// grow the host's memory. Counted per interpreter, so that one program cannot use up what its
/// siblings may make.
pub const MAX_PROGRAM_QUEUES: usize = 10_000;

/// The refusals every host gives, worded once: native and wasmtime (`host/src/registry`) and the
/// web host (whose main thread answers with a status that `web/src/protocol.rs` turns into one of
/// these), so that a program sees the same exception and message on each.
impl HostError {
    /// A run, call or close aimed at an interpreter that is running (the asker itself included):
    /// waiting could deadlock, so the host refuses instead.
    pub fn already_running() -> HostError {
        HostError::Interpreter("interpreter already running".into())
    }

    /// `destroy()` of the interpreter that asks.
    pub fn closing_current() -> HostError {
        HostError::Interpreter("cannot destroy the current interpreter".into())
    }

    /// `destroy()` of an interpreter that the embedder made, which only the embedder closes.
    pub fn closing_embedders(id: u64) -> HostError {
        HostError::Interpreter(format!(
            "interpreter {id} belongs to the embedder and cannot be closed from Python"
        ))
    }

    pub fn no_interpreter(id: u64) -> HostError {
        HostError::NotFound(format!("unrecognized interpreter ID {id}"))
    }

    pub fn no_queue(id: u64) -> HostError {
        HostError::Interpreter(format!("queue {id} not found"))
    }

    pub fn queue_empty(id: u64) -> HostError {
        HostError::QueueEmpty(format!("queue {id} is empty"))
    }

    pub fn queue_full(id: u64) -> HostError {
        HostError::QueueFull(format!("queue {id} is full"))
    }

    /// An interpreter reached [`MAX_PROGRAM_QUEUES`].
    pub fn too_many_queues() -> HostError {
        HostError::Interpreter(format!(
            "too many queues: an interpreter makes at most {MAX_PROGRAM_QUEUES}"
        ))
    }

    /// `create()` beyond the runtime's cap on live interpreters.
    pub fn too_many_interpreters(max: usize) -> HostError {
        HostError::Interpreter(format!(
            "the runtime's limit of {max} interpreters is reached"
        ))
    }

    /// `call_host(name)` of a function the embedder did not give.
    pub fn no_host_function(name: &str) -> HostError {
        HostError::HostFunction(format!("no host function named '{name}'"))
    }

    /// A join of a `call_in_thread` ticket that was never handed out or is already joined.
    pub fn no_call(ticket: u64) -> HostError {
        HostError::Interpreter(format!("no call in progress with ticket {ticket}"))
    }

    /// Any request once the runtime is gone.
    pub fn shut_down() -> HostError {
        HostError::Interpreter("the runtime has shut down".into())
    }

    /// A request the host could not decode.
    pub fn malformed_request() -> HostError {
        HostError::Interpreter("malformed request".into())
    }

    /// The message alone, as an embedder's error shows it.
    pub fn message(&self) -> String {
        match self {
            HostError::NotSupported => "subinterpreters are not supported by this host".into(),
            HostError::Interpreter(message)
            | HostError::NotFound(message)
            | HostError::NotShareable(message)
            | HostError::QueueEmpty(message)
            | HostError::QueueFull(message)
            | HostError::HostFunction(message)
            | HostError::Os { message, .. } => message.clone(),
            HostError::ExecutionFailed {
                type_name, message, ..
            } => format!("{type_name}: {message}"),
        }
    }
}

/// A function sent to another interpreter by its source: the target compiles `source` (the whole
/// module the function came from) and runs the code object named `qualname` that starts at
/// `firstlineno`, with its `__main__` as globals. The source travels rather than the compiled
/// code because the target's own compiler then guarantees that the bytecode is well formed: a
/// code object decoded from bytes would have to be verified before the VM could trust it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallSpec {
    pub source: String,
    pub filename: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub defaults: Vec<Shareable>,
    pub kwdefaults: Vec<(String, Shareable)>,
    pub args: Vec<Shareable>,
    pub kwargs: Vec<(String, Shareable)>,
}

/// What an interpreter asks of its host about interpreters, queues and host functions.
/// Interpreter and queue ids are the host's; interpreter 0 is never a valid child.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Create a child interpreter; replies with its id.
    Create(ChildLimits),
    /// Close an interpreter (InterpreterError if it is running).
    Close(u64),
    /// The ids of all live interpreters, as a tuple of ints.
    List,
    /// The id of the asking interpreter.
    Current,
    /// The id of the main interpreter: the root of the asking one's family.
    Main,
    IsRunning(u64),
    /// Run source in an interpreter's `__main__`; replies None.
    Exec {
        id: u64,
        source: String,
    },
    /// Call a function in an interpreter; replies with its (shareable) result.
    Call {
        id: u64,
        call: CallSpec,
    },
    /// Start a call in an interpreter without waiting for it; replies with a ticket for
    /// `CallJoin`. The interpreter stays busy until the call is joined.
    CallStart {
        id: u64,
        call: CallSpec,
    },
    /// Wait for a started call and reply with its result.
    CallJoin(u64),
    /// Bind names in an interpreter's `__main__`.
    PrepareMain {
        id: u64,
        names: Vec<(String, Shareable)>,
    },
    /// Create a queue (maxsize 0: unbounded); replies with its id.
    QueueCreate {
        maxsize: u64,
    },
    /// Put an item; `timeout_ns` None with `block` waits for room as long as it takes.
    QueuePut {
        id: u64,
        item: Shareable,
        block: bool,
        timeout_ns: Option<u64>,
    },
    /// Take the oldest item.
    QueueGet {
        id: u64,
        block: bool,
        timeout_ns: Option<u64>,
    },
    QueueSize(u64),
    QueueMaxsize(u64),
    /// Call a function the embedder registered under `name`.
    HostCall {
        name: String,
        args: Vec<Shareable>,
    },
    /// A file operation in a host directory the embedder mounted (see [`FsRequest`]).
    Fs(FsRequest),
    /// The compiled code of the shipped module with this name, which the host makes once per
    /// runtime with [`compile_shipped_module`](crate::compile_shipped_module): `Bytes`, or
    /// `None` (or any error) to have the interpreter compile the module itself.
    CompiledModule(String),
}

/// A file operation on a host directory mounted into the interpreter's file system. `mount` is
/// the index of the mount in the [`FsRequest::Mounts`] reply and `path` is relative to the
/// mount's root, `/`-separated, with no `.` or `..` left (`""` is the root itself); the host
/// resolves it beneath the mounted directory, so that no path and no symbolic link leads out of
/// it. `handle` is one the same interpreter got from `Open`. A refusal is [`HostError::Os`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FsRequest {
    /// The mounts, as a tuple of `(guest_path, read_only)`: asked once, when the interpreter's
    /// file system starts.
    Mounts,
    /// A tuple `(mode, size, atime_ns, mtime_ns, ctime_ns, ino, nlink)`; symbolic links are
    /// followed.
    Stat {
        mount: u32,
        path: String,
    },
    /// The names in a directory, as a tuple of str.
    ListDir {
        mount: u32,
        path: String,
    },
    /// Open a regular file or a directory with `os.open`'s flags (Linux values: `O_ACCMODE`,
    /// `O_CREAT`, `O_EXCL`, `O_TRUNC`, `O_APPEND`, `O_DIRECTORY`); replies with a handle.
    Open {
        mount: u32,
        path: String,
        flags: u32,
        mode: u32,
    },
    Close {
        handle: u64,
    },
    /// Up to `len` bytes from `offset`, as bytes (fewer at the end of the file).
    Read {
        handle: u64,
        offset: u64,
        len: u64,
    },
    /// Write `data` at `offset`, or at the end with None; replies with the count written.
    Write {
        handle: u64,
        offset: Option<u64>,
        data: Vec<u8>,
    },
    /// [`Stat`](FsRequest::Stat)'s tuple for an open file.
    FStat {
        handle: u64,
    },
    /// Cut or extend an open file to `len` bytes.
    Truncate {
        handle: u64,
        len: u64,
    },
    Mkdir {
        mount: u32,
        path: String,
        mode: u32,
    },
    Rmdir {
        mount: u32,
        path: String,
    },
    Unlink {
        mount: u32,
        path: String,
    },
    /// Rename within one mount (across mounts the guest reports `EXDEV` itself).
    Rename {
        mount: u32,
        src: String,
        dst: String,
    },
    SetTimes {
        mount: u32,
        path: String,
        atime_ns: u64,
        mtime_ns: u64,
    },
    Chmod {
        mount: u32,
        path: String,
        mode: u32,
    },
}

/// What a host asks of an interpreter besides `exec`, encoded across a wasm boundary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Invocation {
    /// [`Interpreter::prepare_main`].
    PrepareMain(Vec<(String, Shareable)>),
    /// [`Interpreter::call_shared`].
    Call(CallSpec),
    /// [`Interpreter::add_module_source`], once per module.
    AddModuleSources(Vec<ModuleSource>),
    /// [`Interpreter::finish`].
    Finish,
    /// [`Interpreter::exec_interactive`]: one statement typed at a REPL.
    ExecInteractive { source: String, filename: String },
}

/// A module written in Python that a host hands an interpreter before running code in it (see
/// [`Interpreter::add_module_source`]): `isola run` gives each interpreter the `.py` files beside
/// the script this way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModuleSource {
    /// The dotted name it is imported by (`"pkg.sub"` for a submodule).
    pub name: String,
    pub source: String,
    /// Whether it is a package (the `__init__.py` of a directory).
    pub is_package: bool,
}

/// Why the host refused or failed a [`Request`]; each becomes a Python exception.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HostError {
    /// This host has no subinterpreters (raised as InterpreterError).
    NotSupported,
    /// InterpreterError with this message.
    Interpreter(String),
    /// InterpreterNotFoundError with this message.
    NotFound(String),
    /// NotShareableError with this message.
    NotShareable(String),
    /// QueueEmpty with this message.
    QueueEmpty(String),
    /// QueueFull with this message.
    QueueFull(String),
    /// An uncaught exception in the target interpreter (ExecutionFailed).
    ExecutionFailed {
        type_name: String,
        message: String,
        traceback: String,
    },
    /// A host function failed (RuntimeError with this message).
    HostFunction(String),
    /// A file operation failed: OSError (or the subclass CPython picks for `errno`) with the
    /// operating system's error number and its message.
    Os { errno: i32, message: String },
}

/// The host's answer to a [`Request`].
pub type Reply = Result<Shareable, HostError>;

/// Postcard bytes of any of this module's types.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Serializing these plain data types into a growable buffer cannot fail.
    postcard::to_allocvec(value).unwrap_or_default()
}

/// The value encoded in `bytes`, or `None` when they are not a valid encoding.
pub fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Option<T> {
    postcard::from_bytes(bytes).ok()
}

impl Interpreter {
    /// Copy `v` out as a shareable value, or raise NotShareableError with CPython's wording.
    pub(crate) fn share_value(&mut self, v: &Value) -> PyResult<Shareable> {
        self.share_value_at(v, 0)
    }

    fn share_value_at(&mut self, v: &Value, depth: u32) -> PyResult<Shareable> {
        Ok(match v {
            Value::None => Shareable::None,
            Value::Bool(b) => Shareable::Bool(*b),
            Value::Int(i) => Shareable::Int(*i),
            Value::Long(i) => Shareable::BigInt(i.to_signed_bytes_le()),
            Value::Float(x) => Shareable::Float(*x),
            Value::Str(s) => Shareable::Str(s.as_str().to_owned()),
            Value::Bytes(b) => Shareable::Bytes(b.items.to_vec()),
            Value::Tuple(t) if depth < MAX_SHARE_DEPTH => {
                let mut items = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    items.push(self.share_value_at(item, depth + 1)?);
                }
                Shareable::Tuple(items)
            }
            Value::Instance(i) => match i.dict.get_str("__isola_queue__") {
                Some(Value::Int(id)) => Shareable::Queue(id as u64),
                _ => return Err(self.not_shareable(v)),
            },
            _ => return Err(self.not_shareable(v)),
        })
    }

    /// NotShareableError for `v`, worded as CPython 3.13 words it.
    pub(crate) fn not_shareable(&mut self, v: &Value) -> PyErr {
        let text = match self.repr(v) {
            Ok(text) => text,
            Err(e) => return e,
        };
        crate::modules::interpreters::raise(
            self,
            "NotShareableError",
            format!("{text} does not support cross-interpreter data"),
        )
    }

    /// A Python value for a shareable one; queue handles become `interpreters.Queue` objects.
    pub(crate) fn unshare_value(&mut self, s: Shareable) -> PyResult<Value> {
        Ok(match s {
            Shareable::None => Value::None,
            Shareable::Bool(b) => Value::Bool(b),
            Shareable::Int(i) => Value::Int(i),
            Shareable::BigInt(bytes) => Value::from_bigint(BigInt::from_signed_bytes_le(&bytes)),
            Shareable::Float(x) => Value::Float(x),
            Shareable::Str(s) => Value::from_string(s),
            Shareable::Bytes(b) => Value::Bytes(Rc::new(Tuple::new(b))),
            Shareable::Tuple(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.unshare_value(item)?);
                }
                Value::tuple(values)
            }
            Shareable::Queue(id) => crate::modules::interpreters::queue_object(self, id)?,
        })
    }

    /// Bind `names` in `__main__`, as `Interpreter.prepare_main` does. Fails only when the
    /// interpreters module cannot be set up for a queue handle.
    pub fn prepare_main(&mut self, names: Vec<(String, Shareable)>) -> Result<(), ExecError> {
        self.run_entry(|interp| {
            for (name, value) in names {
                let value = interp.unshare_value(value)?;
                interp.main_globals.set_str(&name, value);
            }
            Ok(())
        })
    }

    /// Run a function sent by another interpreter (see [`CallSpec`]) with `__main__` as its
    /// globals, and copy its result out.
    pub fn call_shared(&mut self, spec: CallSpec) -> Result<Shareable, ExecError> {
        self.run_entry(|interp| {
            let module = interp.compile_source(&spec.source, &spec.filename)?;
            let Some(code) = find_code(&module, &spec.qualname, spec.firstlineno, 0) else {
                return Err(interp.err(
                    "SystemError",
                    format!("function {} not found in its source", spec.qualname),
                ));
            };
            let mut defaults = Vec::with_capacity(spec.defaults.len());
            for value in spec.defaults {
                defaults.push(interp.unshare_value(value)?);
            }
            let kwdefaults = if spec.kwdefaults.is_empty() {
                None
            } else {
                let dict = Dict::new();
                for (name, value) in spec.kwdefaults {
                    let value = interp.unshare_value(value)?;
                    dict.set_str(&name, value);
                }
                Some(Rc::new(dict))
            };
            let function = Value::Function(Rc::new(Function {
                name: code.name.clone(),
                qualname: code.qualname.clone(),
                code,
                globals: interp.main_globals.clone(),
                defaults: defaults.into(),
                kwdefaults,
                closure: Rc::from([]),
                dict: Dict::new(),
            }));
            let mut args = Args::default();
            for value in spec.args {
                args.pos.push(interp.unshare_value(value)?);
            }
            for (name, value) in spec.kwargs {
                args.kw.push((name.into(), interp.unshare_value(value)?));
            }
            let result = interp.call_value(&function, args)?;
            interp.share_value(&result)
        })
    }

    /// What `call_shared` sends for `func`: its module's source and where it starts, with its
    /// defaults. A closure (a function with free variables) is not shareable.
    pub(crate) fn call_spec(&mut self, func: &Value) -> PyResult<CallSpec> {
        let Value::Function(f) = func else {
            return Err(self.not_shareable(func));
        };
        if !f.code.freevars.is_empty() || f.code.source.is_empty() {
            return Err(self.not_shareable(func));
        }
        let own_defaults = f.defaults.borrow().clone();
        let mut defaults = Vec::with_capacity(own_defaults.len());
        for value in &own_defaults {
            defaults.push(self.share_value(value)?);
        }
        let mut kwdefaults = Vec::new();
        if let Some(dict) = &f.kwdefaults {
            for (key, value) in dict.items() {
                let Value::Str(name) = key else { continue };
                kwdefaults.push((name.as_str().to_owned(), self.share_value(&value)?));
            }
        }
        Ok(CallSpec {
            source: f.code.source.to_string(),
            filename: f.code.filename.to_string(),
            qualname: f.code.qualname.to_string(),
            firstlineno: f.code.firstlineno,
            defaults,
            kwdefaults,
            args: Vec::new(),
            kwargs: Vec::new(),
        })
    }

    /// Run `f` as a top-level entry into the interpreter, with the bookkeeping of `exec`: a
    /// fresh deadline, and the frame and exception stacks cleared afterwards.
    /// Ends the program as CPython's shutdown does: the `atexit` callbacks run (last registered
    /// first), then `__main__`'s namespace is emptied (names starting with an underscore
    /// first, as CPython clears a module), each object's finalizer running as it goes, and a
    /// last collection finalizes what is left in cycles. An exception in any of them is
    /// reported (`Exception ignored in ...`) and the rest go on. Under the same limits as
    /// `exec`, with a deadline of its own.
    pub fn finish(&mut self) -> Result<(), ExecError> {
        self.run_entry(|interp| {
            interp.run_finalizers()?;
            interp.run_atexit()?;
            // With `__main__` gone, CPython finds everything it held in one garbage cycle (its
            // functions refer to its namespace) and finalizes it in the order it was made.
            for obj in interp.gc.finalizable() {
                if obj.flags.get() & crate::object::finalize::FINALIZED == 0 {
                    obj.flags
                        .set(obj.flags.get() | crate::object::finalize::FINALIZED);
                    interp
                        .finalizers
                        .push(crate::object::finalize::Pending::Del(obj));
                    interp.run_finalizers()?;
                }
            }
            let names = interp.main_globals.keys();
            for underscored in [true, false] {
                for name in &names {
                    let Some(text) = name.as_str() else {
                        continue;
                    };
                    if text == "__builtins__" || text.starts_with('_') != underscored {
                        continue;
                    }
                    interp.main_globals.set_str(text, Value::None);
                    interp.run_finalizers()?;
                }
            }
            interp.collect_finalizing(2)?;
            Ok(())
        })
    }

    /// Carry out what a host asked across a boundary (see [`Invocation`]): `prepare_main`, a
    /// shared call, module sources to add, `finish` or an interactive statement. The result is
    /// the call's value, else None.
    pub fn invoke(&mut self, invocation: Invocation) -> Result<Shareable, ExecError> {
        match invocation {
            Invocation::PrepareMain(names) => self.prepare_main(names).map(|()| Shareable::None),
            Invocation::Call(spec) => self.call_shared(spec),
            Invocation::Finish => self.finish().map(|()| Shareable::None),
            Invocation::ExecInteractive { source, filename } => self
                .exec_interactive(&source, &filename)
                .map(|()| Shareable::None),
            Invocation::AddModuleSources(modules) => {
                for module in &modules {
                    self.add_module_source(&module.name, &module.source, module.is_package);
                }
                Ok(Shareable::None)
            }
        }
    }

    /// Create or replace the file at `path` in this interpreter's file system with `data`,
    /// making its directories as needed: how an embedder without mounts (a web page) hands a
    /// program its input files. Counted by the heap limit like any file the program writes.
    pub fn write_file(&mut self, path: &str, data: Vec<u8>) -> Result<(), ExecError> {
        self.run_entry(|interp| {
            let function = interp.fs_function("write_file")?;
            let args = vec![
                Value::from_string(path.to_owned()),
                Value::Bytes(Rc::new(Tuple::new(data))),
            ];
            interp.call_value(&function, Args::positional(args))?;
            Ok(())
        })
    }

    /// The bytes of the file at `path` in this interpreter's file system: how an embedder reads
    /// what a program wrote. A missing file is the program's `FileNotFoundError`.
    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, ExecError> {
        self.run_entry(|interp| {
            let function = interp.fs_function("read_file")?;
            let args = vec![Value::from_string(path.to_owned())];
            match interp.call_value(&function, Args::positional(args))? {
                Value::Bytes(data) => Ok(data.items.to_vec()),
                _ => Err(interp.type_error("_fs.read_file did not return bytes")),
            }
        })
    }

    fn fs_function(&mut self, name: &str) -> PyResult<Value> {
        let module = self.import_with("_fs", None, &[], 0)?;
        let function = match &module {
            Value::Instance(m) => m.dict.get_str(name),
            _ => None,
        };
        function.ok_or_else(|| self.err("SystemError", format!("_fs.{name} is missing")))
    }

    fn run_entry<T>(
        &mut self,
        f: impl FnOnce(&mut Interpreter) -> PyResult<T>,
    ) -> Result<T, ExecError> {
        self.deadline_ns = self
            .limits
            .timeout_ns
            .map(|t| self.host.monotonic_ns().saturating_add(t));
        self.fuel = 0;
        let result = f(self);
        self.frames.clear();
        self.stack.clear();
        self.handled.clear();
        self.reset_threads();
        self.native_depth = 0;
        result.map_err(|e| self.exec_error(e))
    }
}

/// The code object named `qualname` starting at `line`, searched among the constants of `code`
/// and of the code objects nested in them.
fn find_code(code: &Rc<Code>, qualname: &str, line: u32, depth: u32) -> Option<Rc<Code>> {
    if depth > MAX_SHARE_DEPTH {
        return None;
    }
    for constant in &code.consts {
        if let Value::Code(inner) = constant {
            if &*inner.qualname == qualname && inner.firstlineno == line {
                return Some(inner.clone());
            }
            if let Some(found) = find_code(inner, qualname, line, depth + 1) {
                return Some(found);
            }
        }
    }
    None
}
