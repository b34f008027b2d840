//! `isola._isola`: the extension module under the `isola` Python package. It wraps the host
//! crate's `Runtime`, `Interpreter` and `Queue`, converts values between Python objects and
//! [`Shareable`]s, maps [`isola::Error`] to the package's exceptions, sends an interpreter's
//! output to a Python callback or a buffer, and feeds its standard input from bytes or a Python
//! callable.
//!
//! Everything here is the raw layer: values cross as `Shareable`s (tuples, no lists or dicts).
//! The package's Python half (`python/isola/__init__.py`) adds the tagged encoding that carries
//! lists, dicts and sets, `run`, and the async methods.
//!
//! Invariant: the GIL is never held while isola runs code or waits for an interpreter, a queue
//! or a runtime to be built (`py.detach`): an interpreter's thread takes the GIL to call a host
//! function or an output callback, and host threads driving different interpreters run in
//! parallel.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use isola::{Backend, LimitKind, Limits, Shareable, Sink, Stream};
use parking_lot::Mutex;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyString, PyTuple};
use pyo3::{PyTraverseError, PyVisit};

/// How long a blocking `Queue.get` waits between checks for a signal (Ctrl-C).
const SIGNAL_CHECK: Duration = Duration::from_millis(100);

/// A traceback without the frames of the package's own machinery (`Interpreter.call`'s entry
/// and the `isola_host` helpers that evaluate and invoke), so that it starts at the user's code
/// as CPython's would.
fn user_traceback(traceback: &str) -> String {
    let mut out = String::with_capacity(traceback.len());
    let mut skipping = false;
    for line in traceback.split_inclusive('\n') {
        if line.starts_with("  File ") {
            skipping = line.starts_with("  File \"<isola call>\"")
                || line.starts_with("  File \"<frozen isola_host>\"");
        } else if !line.starts_with("    ") {
            skipping = false;
        }
        if !skipping {
            out.push_str(line);
        }
    }
    out
}

/// The package's exception for `error`, built from the classes in `isola._errors` so that they
/// carry their attributes (`type_name`, `traceback`, `kind`...) and docstrings.
fn py_error(py: Python<'_>, error: isola::Error) -> PyErr {
    let built = (|| -> PyResult<PyErr> {
        let errors = py.import("isola._errors")?;
        let value = match error {
            isola::Error::Exception {
                type_name,
                message,
                traceback,
            } => errors.getattr("ExecutionFailed")?.call1((
                type_name,
                message,
                user_traceback(&traceback),
            ))?,
            isola::Error::Exit(status) => {
                let kwargs = PyDict::new(py);
                kwargs.set_item("exit_code", status)?;
                errors
                    .getattr("ExecutionFailed")?
                    .call(("SystemExit", status.to_string(), ""), Some(&kwargs))?
            }
            isola::Error::Limit { kind, detail } => errors
                .getattr("LimitExceeded")?
                .call1((limit_name(kind), detail))?,
            isola::Error::Trap(message) => {
                errors.getattr("InterpreterCrashed")?.call1((message,))?
            }
            isola::Error::Interpreter(message) => {
                errors.getattr("InterpreterError")?.call1((message,))?
            }
            // The operating system's errors (a mount that cannot be made) as Python's own
            // OSError subclasses: FileNotFoundError for a missing directory.
            isola::Error::Io(error) => return Ok(PyErr::from(error)),
            other => errors.getattr("Error")?.call1((other.to_string(),))?,
        };
        Ok(PyErr::from_value(value))
    })();
    built.unwrap_or_else(|failure| failure)
}

/// The name Python sees for a limit, as `LimitExceeded.kind` and `Limits`' fields say it.
fn limit_name(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::Instructions => "instructions",
        LimitKind::HeapBytes => "memory",
        LimitKind::OutputBytes => "output",
        LimitKind::Timeout => "timeout",
    }
}

/// A Python value as a shareable one: None, bool, int (of any size), float, str, bytes (and
/// bytearray), tuples of these, and queues. Anything else is a `TypeError`.
fn to_shareable(value: &Bound<'_, PyAny>) -> PyResult<Shareable> {
    if value.is_none() {
        return Ok(Shareable::None);
    }
    if let Ok(flag) = value.cast::<PyBool>() {
        return Ok(Shareable::Bool(flag.is_true()));
    }
    if let Ok(int) = value.cast::<PyInt>() {
        if let Ok(small) = int.extract::<i64>() {
            return Ok(Shareable::Int(small));
        }
        // Two's complement, little-endian, with room for the sign bit: the runtime's encoding.
        let bits: usize = int.call_method0("bit_length")?.extract()?;
        let kwargs = PyDict::new(value.py());
        kwargs.set_item("signed", true)?;
        let bytes = int.call_method("to_bytes", (bits / 8 + 1, "little"), Some(&kwargs))?;
        return Ok(Shareable::BigInt(
            bytes.cast::<PyBytes>()?.as_bytes().to_vec(),
        ));
    }
    if let Ok(float) = value.cast::<PyFloat>() {
        return Ok(Shareable::Float(float.value()));
    }
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(Shareable::Str(text.to_cow()?.into_owned()));
    }
    if let Ok(bytes) = value.cast::<PyBytes>() {
        return Ok(Shareable::Bytes(bytes.as_bytes().to_vec()));
    }
    if let Ok(bytes) = value.cast::<PyByteArray>() {
        return Ok(Shareable::Bytes(bytes.to_vec()));
    }
    if let Ok(tuple) = value.cast::<PyTuple>() {
        let items = tuple
            .iter()
            .map(|item| to_shareable(&item))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(Shareable::Tuple(items));
    }
    if let Ok(queue) = value.cast::<Queue>() {
        return Ok(Shareable::Queue(queue.get().queue.id()));
    }
    let type_name = value.get_type().name()?;
    Err(PyTypeError::new_err(format!(
        "a {type_name} cannot cross into an isola interpreter: only None, bool, int, float, \
         str, bytes, tuples of these and isola.Queue do"
    )))
}

/// A shareable value as a new Python object; a queue handle becomes a `Queue` of `runtime`.
fn from_shareable(
    py: Python<'_>,
    value: Shareable,
    runtime: &isola::Runtime,
) -> PyResult<Py<PyAny>> {
    Ok(match value {
        Shareable::None => py.None(),
        Shareable::Bool(flag) => PyBool::new(py, flag).to_owned().into_any().unbind(),
        Shareable::Int(int) => int.into_pyobject(py)?.into_any().unbind(),
        Shareable::BigInt(bytes) => {
            let kwargs = PyDict::new(py);
            kwargs.set_item("signed", true)?;
            py.get_type::<PyInt>()
                .call_method(
                    "from_bytes",
                    (PyBytes::new(py, &bytes), "little"),
                    Some(&kwargs),
                )?
                .unbind()
        }
        Shareable::Float(float) => PyFloat::new(py, float).into_any().unbind(),
        Shareable::Str(text) => PyString::new(py, &text).into_any().unbind(),
        Shareable::Bytes(bytes) => PyBytes::new(py, &bytes).into_any().unbind(),
        Shareable::Tuple(items) => {
            let items = items
                .into_iter()
                .map(|item| from_shareable(py, item, runtime))
                .collect::<PyResult<Vec<_>>>()?;
            PyTuple::new(py, items)?.into_any().unbind()
        }
        Shareable::Queue(id) => match runtime.queue(id) {
            Some(queue) => Py::new(
                py,
                Queue {
                    queue,
                    runtime: runtime.clone(),
                },
            )?
            .into_any(),
            None => {
                return Err(PyValueError::new_err(format!(
                    "the interpreter sent queue {id}, which its runtime does not have"
                )))
            }
        },
    })
}

/// Turns the UTF-8 an interpreter writes, in chunks that may split a character, into text.
#[derive(Default)]
struct Utf8Chunks {
    pending: Vec<u8>,
}

impl Utf8Chunks {
    /// The text of `data` after what came before, keeping an incomplete character at the end
    /// for the next chunk; invalid bytes become U+FFFD.
    fn feed(&mut self, data: &[u8]) -> String {
        self.pending.extend_from_slice(data);
        let keep = match std::str::from_utf8(&self.pending) {
            Ok(_) => 0,
            Err(error) if error.error_len().is_none() => self.pending.len() - error.valid_up_to(),
            Err(_) => 0,
        };
        let tail = self.pending.split_off(self.pending.len() - keep);
        let text = String::from_utf8_lossy(&self.pending).into_owned();
        self.pending = tail;
        text
    }
}

fn stream_name(stream: Stream) -> &'static str {
    match stream {
        Stream::Stdout => "stdout",
        Stream::Stderr => "stderr",
    }
}

/// Output kept for `Interpreter.take_output`: stdout and stderr, as written.
#[derive(Default)]
struct Captured {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// An output callback, shared by an interpreter's sink and its Python object (which lets the
/// garbage collector see it and clear it, to break a cycle through the callback).
type CallbackSlot = Arc<Mutex<Option<Py<PyAny>>>>;

/// A sink that calls `callback(stream, text)` for each chunk, taking the GIL. An exception in the
/// callback is reported through `sys.unraisablehook` and the program goes on.
fn callback_sink(callback: CallbackSlot) -> Sink {
    let decoders: Mutex<[Utf8Chunks; 2]> = Mutex::default();
    Arc::new(move |stream, data: &[u8]| {
        let text = {
            let mut decoders = decoders.lock();
            let index = usize::from(stream == Stream::Stderr);
            decoders[index].feed(data)
        };
        if text.is_empty() {
            return;
        }
        Python::attach(|py| {
            let Some(callback) = callback.lock().as_ref().map(|c| c.clone_ref(py)) else {
                return;
            };
            if let Err(error) = callback.call1(py, (stream_name(stream), text)) {
                error.write_unraisable(py, Some(callback.bind(py)));
            }
        });
    })
}

/// A sink that appends to `captured`; it never takes the GIL.
fn capture_sink(captured: Arc<Mutex<Captured>>) -> Sink {
    Arc::new(move |stream, data: &[u8]| {
        let mut captured = captured.lock();
        match stream {
            Stream::Stdout => captured.stdout.extend_from_slice(data),
            Stream::Stderr => captured.stderr.extend_from_slice(data),
        }
    })
}

/// What a runtime's host functions and stdin source reach: the Python callables (the functions
/// by name, the stdin source), and the runtime (to turn queue handles into `Queue`s). The
/// closures that isola holds share it with the Python `Runtime`, which empties it when dropped or
/// cleared by the garbage collector: isola's closures cannot hold the runtime that holds them (a
/// cycle of `Arc`s), nor hide callables from the collector.
#[derive(Default)]
struct HostTable {
    runtime: Mutex<Option<isola::Runtime>>,
    functions: Mutex<HashMap<String, Py<PyAny>>>,
    stdin: Mutex<Option<Py<PyAny>>>,
}

impl HostTable {
    fn clear(&self) {
        self.runtime.lock().take();
        self.functions.lock().clear();
        self.stdin.lock().take();
    }
}

/// The bytes a stdin source returned: bytes, a bytearray, or a str (as UTF-8).
fn stdin_chunk(value: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(bytes) = value.cast::<PyBytes>() {
        return Ok(bytes.as_bytes().to_vec());
    }
    if let Ok(bytes) = value.cast::<PyByteArray>() {
        return Ok(bytes.to_vec());
    }
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(text.to_cow()?.as_bytes().to_vec());
    }
    let type_name = value.get_type().name()?;
    Err(PyTypeError::new_err(format!(
        "the stdin source returned a {type_name}: it must return bytes (b\"\" at the end of \
         input)"
    )))
}

/// The runtime's standard input from the Python callable in `table`: `source(max_bytes)`,
/// called with the GIL held on the reading interpreter's thread. What it returns beyond
/// `max_bytes` is kept for the next read rather than dropped. An exception in it, or a result
/// that is not bytes, is reported through `sys.unraisablehook` and reads as the end of input.
fn stdin_source(table: Arc<HostTable>) -> impl Fn(usize) -> Vec<u8> + Send + Sync + 'static {
    // Held across the call, so that the interpreters of the runtime read the source one at a
    // time, in order, as readers of one pipe do. Taken before the GIL, never while holding it.
    let surplus: Mutex<Vec<u8>> = Mutex::default();
    move |max| {
        let mut surplus = surplus.lock();
        if surplus.is_empty() {
            *surplus = Python::attach(|py| {
                let Some(source) = table.stdin.lock().as_ref().map(|s| s.clone_ref(py)) else {
                    return Vec::new();
                };
                let read = source
                    .call1(py, (max,))
                    .and_then(|chunk| stdin_chunk(chunk.bind(py)));
                read.unwrap_or_else(|error| {
                    error.write_unraisable(py, Some(source.bind(py)));
                    Vec::new()
                })
            });
        }
        let keep = max.min(surplus.len());
        let rest = surplus.split_off(keep);
        std::mem::replace(&mut *surplus, rest)
    }
}

/// The host function `name`: calls the Python callable with the GIL held, on the calling
/// interpreter's thread; a Python exception becomes the `RuntimeError` the program sees.
fn host_function(
    name: String,
    table: Arc<HostTable>,
) -> impl Fn(Vec<Shareable>) -> Result<Shareable, String> + Send + Sync + 'static {
    move |args| {
        Python::attach(|py| {
            let call = || -> PyResult<Shareable> {
                let closed = || PyValueError::new_err("the runtime is gone");
                let runtime = table.runtime.lock().clone().ok_or_else(closed)?;
                let function = table
                    .functions
                    .lock()
                    .get(&name)
                    .map(|function| function.clone_ref(py))
                    .ok_or_else(closed)?;
                let args = args
                    .into_iter()
                    .map(|arg| from_shareable(py, arg, &runtime))
                    .collect::<PyResult<Vec<_>>>()?;
                let result = function.call1(py, PyTuple::new(py, args)?)?;
                to_shareable(result.bind(py))
            };
            call().map_err(|error| error.to_string())
        })
    }
}

/// The shared configuration and compiled guest that interpreters are created from.
#[pyclass(module = "isola._isola", name = "Runtime", frozen)]
struct Runtime {
    runtime: isola::Runtime,
    host: Arc<HostTable>,
}

#[pymethods]
impl Runtime {
    #[new]
    #[pyo3(signature = (
        *,
        backend = "wasmtime",
        max_instructions = None,
        max_memory = None,
        max_output = None,
        timeout = None,
        max_recursion = None,
        functions = None,
        modules = Vec::new(),
        stdin = None,
        mounts = Vec::new(),
        instance_memory = None,
        max_instances = None,
        max_interpreters = None,
        max_queue_items = None,
        seed = None,
        frozen_clock = None,
    ))]
    #[allow(clippy::too_many_arguments)] // Python's keyword arguments, each optional.
    fn new(
        py: Python<'_>,
        backend: &str,
        max_instructions: Option<u64>,
        max_memory: Option<u64>,
        max_output: Option<u64>,
        timeout: Option<f64>,
        max_recursion: Option<u32>,
        functions: Option<Bound<'_, PyDict>>,
        modules: Vec<(String, String, bool)>,
        stdin: Option<Bound<'_, PyAny>>,
        mounts: Vec<(std::path::PathBuf, String, bool)>,
        instance_memory: Option<u64>,
        max_instances: Option<u32>,
        max_interpreters: Option<usize>,
        max_queue_items: Option<usize>,
        seed: Option<u64>,
        frozen_clock: Option<f64>,
    ) -> PyResult<Runtime> {
        let backend = match backend {
            "wasmtime" => Backend::Wasmtime,
            "native" => Backend::Native,
            other => {
                return Err(PyValueError::new_err(format!(
                    "backend must be \"wasmtime\" or \"native\", not {other:?}"
                )))
            }
        };
        let timeout_ns = match timeout {
            None => None,
            Some(seconds) if seconds.is_finite() && seconds >= 0.0 => {
                Some((seconds * 1e9).min(u64::MAX as f64) as u64)
            }
            Some(seconds) => {
                return Err(PyValueError::new_err(format!(
                    "timeout must be a number of seconds >= 0, not {seconds}"
                )))
            }
        };
        let defaults = Limits::default();
        let limits = Limits {
            max_instructions,
            max_heap_bytes: max_memory,
            max_recursion: max_recursion.unwrap_or(defaults.max_recursion),
            max_output_bytes: max_output,
            timeout_ns,
        };
        let mut builder = isola::Runtime::builder().backend(backend).limits(limits);
        let host = Arc::new(HostTable::default());
        if let Some(functions) = functions {
            for (name, function) in functions.iter() {
                let name: String = name.extract()?;
                if !function.is_callable() {
                    return Err(PyTypeError::new_err(format!(
                        "host function {name:?} is not callable"
                    )));
                }
                builder =
                    builder.host_function(&name, host_function(name.clone(), Arc::clone(&host)));
                host.functions.lock().insert(name, function.unbind());
            }
        }
        for (name, source, is_package) in &modules {
            builder = builder.module_source(name, source, *is_package);
        }
        // The Python half turns str and other bytes-like values into bytes.
        if let Some(stdin) = stdin {
            if let Ok(bytes) = stdin.cast::<PyBytes>() {
                builder = builder.stdin_bytes(bytes.as_bytes());
            } else if stdin.is_callable() {
                *host.stdin.lock() = Some(stdin.unbind());
                builder = builder.stdin(stdin_source(Arc::clone(&host)));
            } else {
                let type_name = stdin.get_type().name()?;
                return Err(PyTypeError::new_err(format!(
                    "stdin must be bytes or a callable, not {type_name}"
                )));
            }
        }
        for (host_dir, guest, read_only) in mounts {
            builder = builder.mount(host_dir, &guest, read_only);
        }
        if let Some(bytes) = instance_memory {
            builder = builder.instance_memory(bytes);
        }
        if let Some(count) = max_instances {
            builder = builder.max_instances(count);
        }
        if let Some(count) = max_interpreters {
            builder = builder.max_interpreters(count);
        }
        if let Some(count) = max_queue_items {
            builder = builder.max_queue_items(count);
        }
        if let Some(seed) = seed {
            builder = builder.seed(seed);
        }
        if let Some(seconds) = frozen_clock {
            builder = builder.frozen_clock(seconds);
        }
        let runtime = py
            .detach(|| builder.build())
            .map_err(|error| py_error(py, error))?;
        *host.runtime.lock() = Some(runtime.clone());
        Ok(Runtime { runtime, host })
    }

    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        // A host function holding the lock is calling into Python and will let go; the
        // collector then misses these references for one pass, which only delays it.
        if let Some(functions) = self.host.functions.try_lock() {
            for function in functions.values() {
                visit.call(function)?;
            }
        }
        if let Some(stdin) = self.host.stdin.try_lock() {
            if let Some(stdin) = stdin.as_ref() {
                visit.call(stdin)?;
            }
        }
        Ok(())
    }

    fn __clear__(&self) {
        self.host.clear();
    }

    /// "wasmtime" or "native".
    #[getter]
    fn backend(&self) -> &'static str {
        match self.runtime.backend() {
            Backend::Wasmtime => "wasmtime",
            Backend::Native => "native",
        }
    }

    /// Create an interpreter. Its output goes to `on_output(stream, text)` if given, else into a
    /// buffer that `take_output` empties when `capture`, else to the process's stdout and stderr.
    #[pyo3(signature = (*, on_output = None, capture = false))]
    fn create(
        &self,
        py: Python<'_>,
        on_output: Option<Py<PyAny>>,
        capture: bool,
    ) -> PyResult<Interpreter> {
        let captured = capture.then(|| Arc::new(Mutex::new(Captured::default())));
        let callback: CallbackSlot = Arc::new(Mutex::new(on_output));
        let sink = match (callback.lock().is_some(), &captured) {
            (true, _) => Some(callback_sink(Arc::clone(&callback))),
            (false, Some(captured)) => Some(capture_sink(Arc::clone(captured))),
            (false, None) => None,
        };
        let runtime = &self.runtime;
        let interpreter = py
            .detach(|| match sink {
                Some(sink) => runtime.create_with_sink(sink),
                None => runtime.create(),
            })
            .map_err(|error| py_error(py, error))?;
        Ok(Interpreter {
            id: interpreter.id(),
            interpreter: Mutex::new(Some(Arc::new(interpreter))),
            runtime: self.runtime.clone(),
            captured,
            callback,
        })
    }

    /// A new queue holding at most `maxsize` items (0: unbounded).
    #[pyo3(signature = (maxsize = 0))]
    fn create_queue(&self, maxsize: usize) -> Queue {
        Queue {
            queue: self.runtime.create_queue(maxsize),
            runtime: self.runtime.clone(),
        }
    }

    /// How many interpreters are alive, those that Python code created included.
    fn interpreter_count(&self) -> usize {
        self.runtime.interpreter_count()
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        // Interpreters keep the isola runtime alive; their host functions end with it here.
        // The Python half keeps this object alive as long as any interpreter it created.
        self.host.clear();
    }
}

/// One isolated interpreter; the Python half wraps it.
#[pyclass(module = "isola._isola", name = "Interpreter", frozen)]
struct Interpreter {
    id: u64,
    /// `None` once closed. Each call clones the `Arc` out, so `close` never waits for a run in
    /// another thread: the interpreter closes when that run ends.
    interpreter: Mutex<Option<Arc<isola::Interpreter>>>,
    runtime: isola::Runtime,
    captured: Option<Arc<Mutex<Captured>>>,
    callback: CallbackSlot,
}

impl Interpreter {
    fn open(&self, py: Python<'_>) -> PyResult<Arc<isola::Interpreter>> {
        self.interpreter.lock().clone().ok_or_else(|| {
            py_error(
                py,
                isola::Error::Interpreter("the interpreter is closed".into()),
            )
        })
    }
}

#[pymethods]
impl Interpreter {
    #[getter]
    fn id(&self) -> u64 {
        self.id
    }

    #[getter]
    fn closed(&self) -> bool {
        self.interpreter.lock().is_none()
    }

    fn is_running(&self) -> bool {
        self.interpreter
            .lock()
            .as_ref()
            .is_some_and(|interpreter| interpreter.is_running())
    }

    #[pyo3(signature = (code, filename = "<string>"))]
    fn exec(&self, py: Python<'_>, code: &str, filename: &str) -> PyResult<()> {
        let interpreter = self.open(py)?;
        py.detach(|| interpreter.exec_named(code, filename))
            .map_err(|error| py_error(py, error))
    }

    /// Call `name` (an expression naming a function in `__main__`) with shareable arguments.
    fn call(&self, py: Python<'_>, name: &str, args: Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> {
        let interpreter = self.open(py)?;
        let args = args
            .iter()
            .map(|arg| to_shareable(&arg))
            .collect::<PyResult<Vec<_>>>()?;
        let result = py
            .detach(|| interpreter.call(name, args))
            .map_err(|error| py_error(py, error))?;
        from_shareable(py, result, &self.runtime)
    }

    fn prepare_main(&self, py: Python<'_>, names: Vec<(String, Bound<'_, PyAny>)>) -> PyResult<()> {
        let interpreter = self.open(py)?;
        let names = names
            .into_iter()
            .map(|(name, value)| Ok((name, to_shareable(&value)?)))
            .collect::<PyResult<Vec<_>>>()?;
        py.detach(|| interpreter.prepare_main(names))
            .map_err(|error| py_error(py, error))
    }

    fn finish(&self, py: Python<'_>) -> PyResult<()> {
        let interpreter = self.open(py)?;
        py.detach(|| interpreter.finish())
            .map_err(|error| py_error(py, error))
    }

    /// The captured stdout and stderr since the last call, as text; empty unless created with
    /// `capture=True`.
    fn take_output(&self) -> (String, String) {
        match &self.captured {
            Some(captured) => {
                let mut captured = captured.lock();
                let stdout = std::mem::take(&mut captured.stdout);
                let stderr = std::mem::take(&mut captured.stderr);
                (
                    String::from_utf8_lossy(&stdout).into_owned(),
                    String::from_utf8_lossy(&stderr).into_owned(),
                )
            }
            None => (String::new(), String::new()),
        }
    }

    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        if let Some(callback) = self.callback.try_lock() {
            if let Some(callback) = callback.as_ref() {
                visit.call(callback)?;
            }
        }
        Ok(())
    }

    fn __clear__(&self) {
        self.callback.lock().take();
    }

    fn close(&self, py: Python<'_>) {
        let interpreter = self.interpreter.lock().take();
        // Closing waits for the interpreter's thread, which may need the GIL for its output.
        py.detach(move || drop(interpreter));
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        if let Some(interpreter) = self.interpreter.get_mut().take() {
            Python::attach(|py| py.detach(move || drop(interpreter)));
        }
    }
}

/// A FIFO of shareable values, shared by a runtime's interpreters and the host.
///
/// Create one with `Runtime.create_queue(maxsize=0)` and hand it to an interpreter (through
/// `prepare_main`, `call` or another queue): Python code there sees an `interpreters.Queue`.
/// Items cross as the runtime's shareable values: None, bool, int, float, str, bytes, tuples of
/// these and queues (a list or dict is a TypeError here: send a tuple). `put` and `get` follow
/// the standard `queue.Queue` (`queue.Full`, `queue.Empty`) and release the GIL while they wait.
#[pyclass(module = "isola._isola", name = "Queue", frozen)]
struct Queue {
    queue: isola::Queue,
    runtime: isola::Runtime,
}

fn queue_exception(py: Python<'_>, name: &str) -> PyErr {
    match py
        .import("queue")
        .and_then(|module| module.getattr(name)?.call0())
    {
        Ok(instance) => PyErr::from_value(instance),
        Err(error) => error,
    }
}

#[pymethods]
impl Queue {
    #[getter]
    fn id(&self) -> u64 {
        self.queue.id()
    }

    #[getter]
    fn maxsize(&self) -> usize {
        self.queue.maxsize()
    }

    /// Add `item`, waiting for room while the queue is full if `block`; `queue.Full` if not.
    #[pyo3(signature = (item, block = true))]
    fn put(&self, py: Python<'_>, item: Bound<'_, PyAny>, block: bool) -> PyResult<()> {
        let item = to_shareable(&item)?;
        let queue = &self.queue;
        if block {
            py.detach(|| queue.put(item))
                .map_err(|error| py_error(py, error))
        } else {
            queue.try_put(item).map_err(|_| queue_exception(py, "Full"))
        }
    }

    /// Take the oldest item, waiting for one if `block` (at most `timeout` seconds, if given);
    /// `queue.Empty` if none came.
    #[pyo3(signature = (block = true, timeout = None))]
    fn get(&self, py: Python<'_>, block: bool, timeout: Option<f64>) -> PyResult<Py<PyAny>> {
        let queue = &self.queue;
        let item = if !block {
            queue.try_get()
        } else {
            let deadline = match timeout {
                Some(seconds) if seconds.is_finite() && seconds >= 0.0 => {
                    Some(std::time::Instant::now() + Duration::from_secs_f64(seconds))
                }
                Some(seconds) => {
                    return Err(PyValueError::new_err(format!(
                        "timeout must be a number of seconds >= 0, not {seconds}"
                    )))
                }
                None => None,
            };
            // Wait in slices, so that Ctrl-C reaches a thread blocked on an empty queue.
            loop {
                let now = std::time::Instant::now();
                let slice = match deadline {
                    Some(deadline) if deadline <= now => break queue.try_get(),
                    Some(deadline) => (deadline - now).min(SIGNAL_CHECK),
                    None => SIGNAL_CHECK,
                };
                if let Some(item) = py.detach(|| queue.get_timeout(slice)) {
                    break Some(item);
                }
                py.check_signals()?;
            }
        };
        match item {
            Some(item) => from_shareable(py, item, &self.runtime),
            None => Err(queue_exception(py, "Empty")),
        }
    }

    fn qsize(&self) -> usize {
        self.queue.len()
    }

    fn empty(&self) -> bool {
        self.queue.is_empty()
    }

    fn __len__(&self) -> usize {
        self.queue.len()
    }

    fn __repr__(&self) -> String {
        format!("isola.Queue(id={})", self.queue.id())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Queue>()
            .is_ok_and(|other| other.get().queue.id() == self.queue.id())
    }

    fn __hash__(&self) -> u64 {
        self.queue.id()
    }
}

#[pymodule]
fn _isola(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<Runtime>()?;
    module.add_class::<Interpreter>()?;
    module.add_class::<Queue>()?;
    Ok(())
}
