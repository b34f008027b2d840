//! The wasm-bindgen surface: the JS `Interpreter` class and the `Host` that feeds its callbacks.

use isola_runtime::{
    decode, encode, CallSpec, Host, HostError, Interpreter, Reply, Request, Shareable, Stream,
};
use js_sys::{Array, Error, Function, Int32Array, Object, Reflect, SharedArrayBuffer, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::protocol::{self, Answer, Arg, RemoteFailure};
use crate::{child_limits, limit_fields, limits_from_fields, Failure, LimitField, Utf8Stream};

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds since the worker started, monotonic, sub-millisecond.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    /// `crypto.getRandomValues(buf)`: the browser's (or Node's) entropy, in workers too.
    #[wasm_bindgen(js_namespace = crypto, js_name = getRandomValues)]
    fn get_random_values(buf: &mut [u8]);
}

/// A Python interpreter in this worker. `exec` runs code to completion and either returns
/// nothing or throws an `Error` whose `name` and `message` are Python's last traceback line, with
/// `kind` ("exception", "exit" or "limit"), `traceback`, `exitCode` and `limit` properties.
#[wasm_bindgen(js_name = Interpreter)]
pub struct WebInterpreter {
    inner: Interpreter,
    /// Its limits, as the fields its children's are bounded by.
    limits: Vec<LimitField>,
}

#[wasm_bindgen(js_class = Interpreter)]
impl WebInterpreter {
    /// `new Interpreter(limits, stdout, stderr, operation, asked)`: `limits` is `undefined` or an
    /// object with any of `maxInstructions`, `maxHeapBytes`, `maxRecursion`, `maxOutputBytes`,
    /// `timeoutMs`; the two callbacks receive each piece of output as a string. `operation`
    /// (optional) answers the `interpreters` module's requests: it is called as `operation(name,
    /// args, bytes)` and returns `{status, ints, data, failure}` (see protocol.rs); without it,
    /// creating interpreters or queues raises InterpreterError. `asked` (optional) are the limits
    /// that Python code asked for a child it creates: the child gets them, bounded by `limits`
    /// (its creator's), as on every host.
    #[wasm_bindgen(constructor)]
    pub fn new(
        limits: JsValue,
        stdout: Function,
        stderr: Function,
        operation: Option<Function>,
        asked: JsValue,
    ) -> Result<WebInterpreter, JsValue> {
        let own = read_limit_fields(&limits)?;
        let limits = if asked.is_undefined() || asked.is_null() {
            limits_from_fields(&own)
        } else {
            child_limits(&own, &read_limit_fields(&asked)?)
        }
        .map_err(|message| JsValue::from(js_sys::RangeError::new(&message)))?;
        let host = CallbackHost {
            stdout: Callback(stdout),
            stderr: Callback(stderr),
            operation: operation.map(Callback),
            decoders: [Utf8Stream::default(), Utf8Stream::default()],
            sleeper: None,
        };
        Ok(WebInterpreter {
            limits: limit_fields(&limits),
            inner: Interpreter::new(limits, Box::new(host)),
        })
    }

    /// `limits`: the interpreter's limits as a JS limits object, which the children its code
    /// creates are bounded by.
    #[wasm_bindgen(getter)]
    pub fn limits(&self) -> Object {
        let object = Object::new();
        for field in &self.limits {
            let (name, value) = field.name_and_value();
            // Setting a plain property on a fresh object cannot fail.
            let _ = Reflect::set(&object, &name.into(), &value.into());
        }
        object
    }

    /// Runs `code` as `__main__`; `filename` (default `<string>`, as for Python's `exec`) is
    /// what tracebacks name.
    pub fn exec(&mut self, code: &str, filename: Option<String>) -> Result<(), JsValue> {
        let filename = filename.as_deref().unwrap_or("<string>");
        self.inner
            .exec(code, filename)
            .map_err(|error| failure_to_js(&Failure::from_exec_error(&error)))
    }

    /// `finish()`: ends the program as CPython's shutdown does (atexit callbacks, then the
    /// finalizers of what `__main__` held); the globals are gone after.
    pub fn finish(&mut self) -> Result<(), JsValue> {
        self.inner
            .finish()
            .map_err(|error| failure_to_js(&Failure::from_exec_error(&error)))
    }

    /// `prepareMain(bytes)`: binds the encoded `(name, Shareable)` pairs another interpreter sent
    /// in `__main__`.
    #[wasm_bindgen(js_name = prepareMain)]
    pub fn prepare_main(&mut self, data: &[u8]) -> Result<(), JsValue> {
        let names: Vec<(String, Shareable)> = decode(data)
            .ok_or_else(|| JsValue::from(js_sys::TypeError::new("names that do not decode")))?;
        self.inner
            .prepare_main(names)
            .map_err(|error| failure_to_js(&Failure::from_exec_error(&error)))
    }

    /// `writeFile(path, bytes)`: creates or replaces a file in the interpreter's file system,
    /// making its directories as needed.
    #[wasm_bindgen(js_name = writeFile)]
    pub fn write_file(&mut self, path: &str, data: Vec<u8>) -> Result<(), JsValue> {
        self.inner
            .write_file(path, data)
            .map_err(|error| failure_to_js(&Failure::from_exec_error(&error)))
    }

    /// `readFile(path)`: the bytes of a file in the interpreter's file system.
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, JsValue> {
        self.inner
            .read_file(path)
            .map_err(|error| failure_to_js(&Failure::from_exec_error(&error)))
    }

    /// `callShared(bytes)`: runs the encoded call another interpreter sent and returns its
    /// result, encoded.
    #[wasm_bindgen(js_name = callShared)]
    pub fn call_shared(&mut self, data: &[u8]) -> Result<Vec<u8>, JsValue> {
        let spec: CallSpec = decode(data)
            .ok_or_else(|| JsValue::from(js_sys::TypeError::new("a call that does not decode")))?;
        self.inner
            .call_shared(spec)
            .map(|value| encode(&value))
            .map_err(|error| failure_to_js(&Failure::from_exec_error(&error)))
    }
}

/// Reads the known limit properties, refusing unknown ones and non-numbers so that a typo in a
/// page does not leave a limit silently off.
fn read_limit_fields(limits: &JsValue) -> Result<Vec<LimitField>, JsValue> {
    if limits.is_undefined() || limits.is_null() {
        return Ok(Vec::new());
    }
    let object: &Object = limits
        .dyn_ref()
        .ok_or_else(|| JsValue::from(js_sys::TypeError::new("limits must be an object")))?;
    let mut fields = Vec::new();
    for key in Object::keys(object).iter() {
        let name = key.as_string().unwrap_or_default();
        let value = Reflect::get(object, &key)?;
        if value.is_undefined() || value.is_null() {
            continue;
        }
        let number = value.as_f64().ok_or_else(|| {
            JsValue::from(js_sys::TypeError::new(&format!(
                "limits.{name} must be a number"
            )))
        })?;
        let field = LimitField::from_name(&name, number).ok_or_else(|| {
            let known = LimitField::NAMES.join(", ");
            JsValue::from(js_sys::TypeError::new(&format!(
                "unknown limit {name:?} (known: {known})"
            )))
        })?;
        fields.push(field);
    }
    Ok(fields)
}

fn failure_to_js(failure: &Failure) -> JsValue {
    let error = Error::new(&failure.message);
    error.set_name(&failure.name);
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh ordinary object cannot fail.
        let _ = Reflect::set(&error, &JsValue::from_str(key), &value);
    };
    set("kind", JsValue::from_str(failure.kind.as_str()));
    set(
        "traceback",
        failure
            .traceback
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str),
    );
    set(
        "exitCode",
        failure.exit_code.map_or(JsValue::NULL, JsValue::from),
    );
    set(
        "limit",
        failure.limit.map_or(JsValue::NULL, JsValue::from_str),
    );
    error.into()
}

/// A JS function the runtime's `Host` holds on to.
struct Callback(Function);

// SAFETY: `Host` must be `Send` because native hosts move interpreters between threads. This
// module is compiled only for wasm32 without the `atomics` feature (see lib.rs), where there is
// exactly one thread per wasm instance, so a `Callback` can never be reached from a second thread.
unsafe impl Send for Callback {}

/// Sends the runtime's output to the page's callbacks and reads the browser's clocks.
struct CallbackHost {
    stdout: Callback,
    stderr: Callback,
    /// Answers the `interpreters` module's requests; `None`: this host has no subinterpreters.
    operation: Option<Callback>,
    /// One decoder per stream, so that a character split across writes is not mangled.
    decoders: [Utf8Stream; 2],
    /// A word of shared memory that `Atomics.wait` sleeps on (nothing ever wakes it: the wait
    /// ends by its timeout). Made on the first sleep; `Some(None)` where shared memory is not
    /// available, and the sleep then spins on the clock.
    sleeper: Option<Option<Int32Array>>,
}

impl CallbackHost {
    fn sleeper(&mut self) -> Option<&Int32Array> {
        self.sleeper
            .get_or_insert_with(|| {
                // Not every page has SharedArrayBuffer (only cross-origin isolated ones do); look
                // before constructing, as a missing constructor would throw through the wasm.
                let ctor = Reflect::get(&js_sys::global(), &JsValue::from_str("SharedArrayBuffer"))
                    .ok()?;
                ctor.is_function()
                    .then(|| Int32Array::new(&SharedArrayBuffer::new(4)))
            })
            .as_ref()
    }
}

impl Host for CallbackHost {
    fn write(&mut self, stream: Stream, data: &[u8]) {
        let (callback, decoder) = match stream {
            Stream::Stdout => (&self.stdout, &mut self.decoders[0]),
            Stream::Stderr => (&self.stderr, &mut self.decoders[1]),
        };
        let text = decoder.decode(data);
        if !text.is_empty() {
            // A throwing callback is the page's bug; the Python program goes on regardless, as it
            // would if its terminal had gone away, and the exception is not ours to rethrow here.
            let _ = callback.0.call1(&JsValue::NULL, &JsValue::from_str(&text));
        }
    }

    fn monotonic_ns(&mut self) -> u64 {
        // `performance.now()` is non-negative, so the float-to-int cast cannot wrap.
        (performance_now() * 1_000_000.0) as u64
    }

    fn wall_time(&mut self) -> f64 {
        js_sys::Date::now() / 1000.0
    }

    fn sleep_until(&mut self, until_ns: u64) {
        let now = self.monotonic_ns();
        if until_ns <= now {
            return;
        }
        let ms = (until_ns - now) as f64 / 1e6;
        // A worker may block in Atomics.wait; where it may not (no shared memory, or a thread
        // that forbids it) the wait throws and the sleep spins instead.
        if let Some(cell) = self.sleeper() {
            if js_sys::Atomics::wait_with_timeout(cell, 0, 0, ms).is_ok() {
                return;
            }
        }
        while self.monotonic_ns() < until_ns {
            std::hint::spin_loop();
        }
    }

    fn random_bytes(&mut self, buf: &mut [u8]) {
        get_random_values(buf);
    }

    fn interpreters(&mut self, request: Request) -> Reply {
        let Some(operation) = &self.operation else {
            return Err(HostError::NotSupported);
        };
        if matches!(request, Request::Fs(_) | Request::CompiledModule(_)) {
            // No host directories are mounted in a page: its file system is the guest's own.
            // Nor does the page compile modules: only a worker's guest could, and one guest's
            // bytecode is not for another to trust, so each worker compiles its own imports.
            return Err(HostError::NotSupported);
        }
        let op = protocol::operation(&request);
        let args = Object::new();
        for (name, arg) in &op.args {
            let value = match arg {
                Arg::Number(number) => JsValue::from(*number),
                Arg::Text(text) => JsValue::from_str(text),
                Arg::Flag(flag) => JsValue::from(*flag),
            };
            // Setting a property on a fresh ordinary object cannot fail.
            let _ = Reflect::set(&args, &JsValue::from_str(name), &value);
        }
        let data = op
            .data
            .as_deref()
            .map_or(JsValue::NULL, |bytes| Uint8Array::from(bytes).into());
        match operation
            .0
            .call3(&JsValue::NULL, &JsValue::from_str(op.name), &args, &data)
        {
            Ok(answer) => protocol::reply(&request, read_answer(&answer)),
            Err(error) => Err(HostError::Interpreter(format!(
                "the {} operation failed: {}",
                op.name,
                js_message(&error)
            ))),
        }
    }
}

/// The fields of the answer object the `operation` callback returns; missing ones are empty.
fn read_answer(answer: &JsValue) -> Answer {
    let field = |name: &str| Reflect::get(answer, &JsValue::from_str(name)).unwrap_or_default();
    let text = |value: &JsValue, name: &str| {
        Reflect::get(value, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    };
    let ints = field("ints");
    let ints = if Array::is_array(&ints) {
        Array::from(&ints)
            .iter()
            .filter_map(|v| v.as_f64())
            .collect()
    } else {
        Vec::new()
    };
    let data = field("data");
    let data = data
        .dyn_ref::<Uint8Array>()
        .map(Uint8Array::to_vec)
        .unwrap_or_default();
    let failure = field("failure");
    let failure = (failure.is_object()).then(|| RemoteFailure {
        kind: text(&failure, "kind").unwrap_or_default(),
        name: text(&failure, "name").unwrap_or_default(),
        message: text(&failure, "message").unwrap_or_default(),
        traceback: text(&failure, "traceback"),
    });
    Answer {
        status: field("status").as_string().unwrap_or_default(),
        ints,
        data,
        failure,
    }
}

/// The message of a thrown JS value, for an InterpreterError.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
