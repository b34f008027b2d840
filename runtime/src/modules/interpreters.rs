//! The `interpreters` module (PEP 734; also `concurrent.interpreters`): its classes are Python,
//! in `interpreters.py`, over `_interpreters`, whose functions below turn each operation into a
//! `Request` to the host and the host's `Reply` back into a value or an exception.

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::Args;
use crate::share::{ChildLimits, HostError, Request, Shareable};
use crate::value::Value;

/// The Python half of the module.
const SOURCE: &str = include_str!("interpreters.py");

/// The high-level `interpreters` module (also `concurrent.interpreters`).
pub(crate) fn high_level(interp: &mut Interpreter) -> PyResult<Value> {
    if let Some(m) = interp.modules.get_str("interpreters") {
        return Ok(m);
    }
    let (module, m) = interp.new_module("interpreters");
    // Registered before running, as CPython does, so that a circular import sees it.
    interp.modules.set_str("interpreters", module.clone());
    let code = interp.compile_source(SOURCE, "<frozen interpreters>")?;
    if let Err(e) = interp.run_code(code, m.dict.clone(), None) {
        interp
            .modules
            .remove(&crate::object::DictKey::from_str("interpreters"));
        return Err(e);
    }
    Ok(module)
}

pub(crate) fn low_level(interp: &mut Interpreter) -> Value {
    if let Some(m) = interp.modules.get_str("_interpreters") {
        return m;
    }
    let (module, m) = interp.new_module("_interpreters");
    let d = &m.dict;
    add_function(d, "create", create);
    add_function(d, "destroy", destroy);
    add_function(d, "list_all", list_all);
    add_function(d, "get_current", get_current);
    add_function(d, "get_main", get_main);
    add_function(d, "is_running", is_running);
    add_function(d, "exec", exec);
    add_function(d, "call", call);
    add_function(d, "call_start", call_start);
    add_function(d, "call_join", call_join);
    add_function(d, "prepare_main", prepare_main);
    add_function(d, "is_shareable", is_shareable);
    add_function(d, "queue_create", queue_create);
    add_function(d, "queue_put", queue_put);
    add_function(d, "queue_get", queue_get);
    add_function(d, "queue_size", queue_size);
    add_function(d, "queue_maxsize", queue_maxsize);
    add_function(d, "host_call", host_call);
    interp.modules.set_str("_interpreters", module.clone());
    module
}

/// An exception of the `interpreters` module's class `class` (importing the module if need be),
/// falling back to RuntimeError if the module cannot be had.
pub(crate) fn raise(interp: &mut Interpreter, class: &str, message: String) -> PyErr {
    let module = match high_level(interp) {
        Ok(module) => module,
        Err(e) => return e,
    };
    let class_value = match &module {
        Value::Instance(m) => m.dict.get_str(class),
        _ => None,
    };
    let Some(class_value) = class_value else {
        return interp.err("RuntimeError", message);
    };
    match interp.call_value(
        &class_value,
        Args::positional(vec![Value::from_string(message)]),
    ) {
        Ok(Value::Exception(e)) => PyErr::Exception(e),
        Ok(_) => interp.err("TypeError", format!("{class} is not an exception class")),
        Err(e) => e,
    }
}

/// The `interpreters.Queue` object for queue `id`.
pub(crate) fn queue_object(interp: &mut Interpreter, id: u64) -> PyResult<Value> {
    let module = high_level(interp)?;
    let class = match &module {
        Value::Instance(m) => m.dict.get_str("Queue"),
        _ => None,
    };
    let Some(class) = class else {
        return Err(interp.err("RuntimeError", "interpreters.Queue is missing"));
    };
    interp.call_value(&class, Args::positional(vec![Value::Int(id as i64)]))
}

/// Send `request` to the host and turn a refusal into the matching exception.
/// A host operation can take long (starting an interpreter in a new worker, a host function):
/// the deadline is checked after it, so that a loop of such calls, which spends little fuel,
/// still ends there.
pub(crate) fn ask(interp: &mut Interpreter, request: Request) -> PyResult<Shareable> {
    let reply = interp.host.interpreters(request);
    interp.check_deadline()?;
    match reply {
        Ok(value) => Ok(value),
        Err(error) => Err(host_error(interp, error)),
    }
}

pub(crate) fn host_error(interp: &mut Interpreter, error: HostError) -> PyErr {
    match error {
        HostError::NotSupported => raise(
            interp,
            "InterpreterError",
            "subinterpreters are not supported by this host".into(),
        ),
        HostError::Interpreter(message) => raise(interp, "InterpreterError", message),
        HostError::NotFound(message) => raise(interp, "InterpreterNotFoundError", message),
        HostError::NotShareable(message) => raise(interp, "NotShareableError", message),
        HostError::QueueEmpty(message) => raise(interp, "QueueEmpty", message),
        HostError::QueueFull(message) => raise(interp, "QueueFull", message),
        HostError::HostFunction(message) => interp.err("RuntimeError", message),
        HostError::Os { errno, message } => os_error(interp, errno, message),
        HostError::ExecutionFailed {
            type_name,
            message,
            traceback,
        } => execution_failed(interp, type_name, message, traceback),
    }
}

/// `OSError(errno, message)`, which CPython's constructor turns into the subclass for `errno`
/// (FileNotFoundError for ENOENT, and so on).
pub(crate) fn os_error(interp: &mut Interpreter, errno: i32, message: String) -> PyErr {
    let Some(ty) = interp.types.exception("OSError") else {
        return interp.err("SystemError", "OSError is missing");
    };
    let args = vec![Value::Int(i64::from(errno)), Value::from_string(message)];
    match interp.call_value(&Value::Type(ty), Args::positional(args)) {
        Ok(Value::Exception(e)) => PyErr::Exception(e),
        Ok(_) => interp.err("SystemError", "OSError() did not make an exception"),
        Err(e) => e,
    }
}

fn execution_failed(
    interp: &mut Interpreter,
    type_name: String,
    message: String,
    traceback: String,
) -> PyErr {
    let module = match high_level(interp) {
        Ok(module) => module,
        Err(e) => return e,
    };
    let class = match &module {
        Value::Instance(m) => m.dict.get_str("ExecutionFailed"),
        _ => None,
    };
    let Some(class) = class else {
        return interp.err("RuntimeError", format!("{type_name}: {message}"));
    };
    let args = vec![
        Value::from_string(type_name),
        Value::from_string(message),
        Value::from_string(traceback),
    ];
    match interp.call_value(&class, Args::positional(args)) {
        Ok(Value::Exception(e)) => PyErr::Exception(e),
        Ok(_) => interp.err("TypeError", "ExecutionFailed is not an exception class"),
        Err(e) => e,
    }
}

fn id_arg(interp: &mut Interpreter, args: &Args, index: usize) -> PyResult<u64> {
    match args.pos.get(index) {
        Some(Value::Int(i)) if *i >= 0 => Ok(*i as u64),
        Some(Value::Int(_)) => Err(interp.value_error("id must be a non-negative int")),
        _ => Err(interp.type_error("id must be an int")),
    }
}

/// An optional non-negative count (None: unlimited).
fn count_arg(interp: &mut Interpreter, v: Option<&Value>, what: &str) -> PyResult<Option<u64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) if *i >= 0 => Ok(Some(*i as u64)),
        Some(Value::Int(_)) => Err(interp.value_error(format!("{what} must be non-negative"))),
        Some(_) => Err(interp.type_error(format!("{what} must be an int or None"))),
    }
}

/// An optional timeout in seconds, as nanoseconds.
fn timeout_arg(interp: &mut Interpreter, v: Option<&Value>) -> PyResult<Option<u64>> {
    let seconds = match v {
        None | Some(Value::None) => return Ok(None),
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(x)) => *x,
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as a timeout"))
            );
        }
    };
    if seconds.is_nan() || seconds < 0.0 {
        return Err(interp.value_error("'timeout' must be a non-negative number"));
    }
    Ok(Some((seconds * 1e9).min(u64::MAX as f64) as u64))
}

fn bool_arg(args: &Args, index: usize) -> bool {
    !matches!(args.pos.get(index), Some(Value::Bool(false) | Value::None))
}

/// Share with the host: Python values become `Shareable`s, the reply becomes a value.
fn reply_value(interp: &mut Interpreter, reply: Shareable) -> PyResult<Value> {
    interp.unshare_value(reply)
}

/// `create(max_instructions, max_heap_bytes, max_recursion, max_output_bytes, timeout)`: each
/// None or a bound, clamped to what this interpreter has left.
fn create(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "create", &args, 0, 5)?;
    let requested = ChildLimits {
        max_instructions: count_arg(interp, args.pos.first(), "max_instructions")?,
        max_heap_bytes: count_arg(interp, args.pos.get(1), "max_heap_bytes")?,
        max_recursion: count_arg(interp, args.pos.get(2), "max_recursion")?
            .map(|r| u32::try_from(r).unwrap_or(u32::MAX)),
        max_output_bytes: count_arg(interp, args.pos.get(3), "max_output_bytes")?,
        timeout_ns: timeout_arg(interp, args.pos.get(4))?,
    };
    let limits = interp.child_limits(requested);
    let reply = ask(interp, Request::Create(limits))?;
    reply_value(interp, reply)
}

impl Interpreter {
    /// `requested`, with each limit no larger than what this interpreter has left of its own.
    fn child_limits(&mut self, requested: ChildLimits) -> ChildLimits {
        let limits = self.limits.clone();
        let time_left = match self.deadline_ns {
            Some(deadline) => Some(deadline.saturating_sub(self.host.monotonic_ns())),
            None => limits.timeout_ns,
        };
        let left = ChildLimits {
            max_instructions: limits
                .max_instructions
                .map(|max| max.saturating_sub(self.instructions)),
            max_heap_bytes: limits
                .max_heap_bytes
                .map(|max| max.saturating_sub(self.heap_bytes)),
            max_recursion: Some(limits.max_recursion),
            max_output_bytes: limits
                .max_output_bytes
                .map(|max| max.saturating_sub(self.output_bytes)),
            timeout_ns: time_left,
        };
        requested.bounded_by(&left)
    }
}

fn destroy(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "destroy", &args, 1, 1)?;
    let id = id_arg(interp, &args, 0)?;
    ask(interp, Request::Close(id))?;
    Ok(Value::None)
}

fn list_all(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "list_all", &args, 0, 0)?;
    let reply = ask(interp, Request::List)?;
    reply_value(interp, reply)
}

fn get_current(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "get_current", &args, 0, 0)?;
    let reply = ask(interp, Request::Current)?;
    reply_value(interp, reply)
}

fn get_main(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "get_main", &args, 0, 0)?;
    let reply = ask(interp, Request::Main)?;
    reply_value(interp, reply)
}

fn is_running(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "is_running", &args, 1, 1)?;
    let id = id_arg(interp, &args, 0)?;
    let reply = ask(interp, Request::IsRunning(id))?;
    reply_value(interp, reply)
}

fn exec(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "exec", &args, 2, 2)?;
    let id = id_arg(interp, &args, 0)?;
    let source = match &args.pos[1] {
        Value::Str(s) => s.as_str().to_owned(),
        other => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!("expected a str, got '{tn}'")));
        }
    };
    ask(interp, Request::Exec { id, source })?;
    Ok(Value::None)
}

/// `call(id, func, args, kwargs)`.
fn call(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "call", &args, 4, 4)?;
    let id = id_arg(interp, &args, 0)?;
    let spec = call_args(interp, &args)?;
    let reply = ask(interp, Request::Call { id, call: spec })?;
    reply_value(interp, reply)
}

/// `call_start(id, func, args, kwargs)`: a ticket for `call_join`.
fn call_start(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "call_start", &args, 4, 4)?;
    let id = id_arg(interp, &args, 0)?;
    let spec = call_args(interp, &args)?;
    let reply = ask(interp, Request::CallStart { id, call: spec })?;
    reply_value(interp, reply)
}

/// `call_join(ticket)`: the result of a started call.
fn call_join(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "call_join", &args, 1, 1)?;
    let ticket = id_arg(interp, &args, 0)?;
    let reply = ask(interp, Request::CallJoin(ticket))?;
    reply_value(interp, reply)
}

/// The `CallSpec` of `call(id, func, args, kwargs)`'s last three arguments.
fn call_args(interp: &mut Interpreter, args: &Args) -> PyResult<crate::share::CallSpec> {
    let mut spec = interp.call_spec(&args.pos[1])?;
    if let Value::Tuple(t) = &args.pos[2] {
        for value in t.items.iter() {
            spec.args.push(interp.share_value(value)?);
        }
    }
    if let Value::Dict(d) = &args.pos[3] {
        for (key, value) in d.items() {
            let Value::Str(name) = key else { continue };
            spec.kwargs
                .push((name.as_str().to_owned(), interp.share_value(&value)?));
        }
    }
    Ok(spec)
}

/// `prepare_main(id, names)` with `names` a dict of str to shareable values.
fn prepare_main(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "prepare_main", &args, 2, 2)?;
    let id = id_arg(interp, &args, 0)?;
    let Value::Dict(dict) = &args.pos[1] else {
        return Err(interp.type_error("prepare_main() expects a dict"));
    };
    let mut names = Vec::with_capacity(dict.len());
    for (key, value) in dict.items() {
        let Value::Str(name) = key else {
            return Err(interp.type_error("names in prepare_main() must be str"));
        };
        names.push((name.as_str().to_owned(), interp.share_value(&value)?));
    }
    ask(interp, Request::PrepareMain { id, names })?;
    Ok(Value::None)
}

fn is_shareable(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "is_shareable", &args, 1, 1)?;
    Ok(Value::Bool(interp.share_value(&args.pos[0]).is_ok()))
}

fn queue_create(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "queue_create", &args, 1, 1)?;
    let maxsize = match &args.pos[0] {
        Value::Int(i) => (*i).max(0) as u64,
        other => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        }
    };
    let reply = ask(interp, Request::QueueCreate { maxsize })?;
    reply_value(interp, reply)
}

/// `queue_put(id, obj, block, timeout)`.
fn queue_put(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "queue_put", &args, 4, 4)?;
    let id = id_arg(interp, &args, 0)?;
    let item = interp.share_value(&args.pos[1])?;
    let block = bool_arg(&args, 2);
    let timeout_ns = timeout_arg(interp, args.pos.get(3))?;
    let (timeout_ns, clamped) = match block {
        true => interp.clamp_wait(timeout_ns),
        false => (timeout_ns, false),
    };
    let request = Request::QueuePut {
        id,
        item,
        block,
        timeout_ns,
    };
    match interp.host.interpreters(request) {
        Ok(_) => Ok(Value::None),
        Err(HostError::QueueFull(_)) if clamped => Err(interp.end_clamped_wait()),
        Err(error) => Err(host_error(interp, error)),
    }
}

/// `queue_get(id, block, timeout)`.
fn queue_get(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "queue_get", &args, 3, 3)?;
    let id = id_arg(interp, &args, 0)?;
    let block = bool_arg(&args, 1);
    let timeout_ns = timeout_arg(interp, args.pos.get(2))?;
    // A blocking get waits no longer than the deadline, where it ends the run.
    let (timeout_ns, clamped) = match block {
        true => interp.clamp_wait(timeout_ns),
        false => (timeout_ns, false),
    };
    let request = Request::QueueGet {
        id,
        block,
        timeout_ns,
    };
    match interp.host.interpreters(request) {
        Ok(reply) => reply_value(interp, reply),
        Err(HostError::QueueEmpty(_)) if clamped => Err(interp.end_clamped_wait()),
        Err(error) => Err(host_error(interp, error)),
    }
}

fn queue_size(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "queue_size", &args, 1, 1)?;
    let id = id_arg(interp, &args, 0)?;
    let reply = ask(interp, Request::QueueSize(id))?;
    reply_value(interp, reply)
}

fn queue_maxsize(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "queue_maxsize", &args, 1, 1)?;
    let id = id_arg(interp, &args, 0)?;
    let reply = ask(interp, Request::QueueMaxsize(id))?;
    reply_value(interp, reply)
}

/// `host_call(name, args)`: a function the embedder registered.
fn host_call(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "host_call", &args, 2, 2)?;
    let name = match &args.pos[0] {
        Value::Str(s) => s.as_str().to_owned(),
        _ => return Err(interp.type_error("host function name must be a str")),
    };
    let mut shared = Vec::new();
    if let Value::Tuple(t) = &args.pos[1] {
        for value in t.items.iter() {
            shared.push(interp.share_value(value)?);
        }
    }
    let reply = ask(interp, Request::HostCall { name, args: shared })?;
    reply_value(interp, reply)
}
