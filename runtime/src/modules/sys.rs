//! The `sys` module: argv, version information, the standard streams (through the host),
//! recursion limit and exit.

use std::rc::Rc;

use crate::api::Stream;
use crate::builtins::{add_function, add_method, check_count};
use crate::interp::{new_type, Interpreter, PyResult};
use crate::object::{Args, Dict, Instance, List, TypeKind};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("sys");
    let d = &m.dict;
    // As in CPython, sys.argv always has a first item: '' when the embedder gave none
    // (argparse and unittest read sys.argv[0] for the program's name).
    let mut argv: Vec<Value> = interp.argv.iter().map(|a| Value::str(a)).collect();
    if argv.is_empty() {
        argv.push(Value::str(""));
    }
    d.set_str("argv", Value::List(Rc::new(List::new(argv))));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("maxunicode", Value::Int(0x10FFFF));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("platform", Value::str("isola"));
    // What sysconfig reads (with `implementation._multiarch`) to name its data module.
    d.set_str("abiflags", Value::str(""));
    d.set_str("platlibdir", Value::str("lib"));
    // Shaped as CPython's (version, build, compiler), so that platform can parse it.
    d.set_str("version", Value::str("3.11.7 (main, isola) [isola]"));
    d.set_str("hexversion", Value::Int(0x030B07F0));
    let version_info = struct_seq(
        interp,
        "version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    );
    d.set_str("version_info", version_info.clone());
    let implementation = super::namespace::new_namespace(
        interp,
        &[
            ("name", Value::str("isola")),
            ("cache_tag", Value::None),
            ("version", version_info),
            ("hexversion", Value::Int(0x030B07F0)),
            // Names sysconfig's data module, `_sysconfigdata__isola`.
            ("_multiarch", Value::str("isola")),
        ],
    );
    d.set_str("implementation", implementation);
    let flags = struct_seq(
        interp,
        "flags",
        &[
            ("debug", Value::Int(0)),
            ("inspect", Value::Int(0)),
            ("interactive", Value::Int(0)),
            ("optimize", Value::Int(0)),
            ("dont_write_bytecode", Value::Int(0)),
            ("no_user_site", Value::Int(0)),
            ("no_site", Value::Int(0)),
            ("ignore_environment", Value::Int(0)),
            ("verbose", Value::Int(0)),
            ("bytes_warning", Value::Int(0)),
            ("quiet", Value::Int(0)),
            ("hash_randomization", Value::Int(1)),
            ("isolated", Value::Int(0)),
            ("dev_mode", Value::Bool(false)),
            ("utf8_mode", Value::Int(0)),
            ("warn_default_encoding", Value::Int(0)),
            ("safe_path", Value::Bool(false)),
            ("int_max_str_digits", Value::Int(-1)),
        ],
    );
    d.set_str("flags", flags);
    let float_info = struct_seq(
        interp,
        "float_info",
        &[
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
            ("dig", Value::Int(f64::DIGITS as i64)),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(f64::RADIX as i64)),
            ("rounds", Value::Int(1)),
        ],
    );
    d.set_str("float_info", float_info);
    let int_info = struct_seq(
        interp,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    d.set_str("int_info", int_info);
    let hash_info = struct_seq(
        interp,
        "hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int(crate::num::HASH_MODULUS as i64)),
            ("inf", Value::Int(crate::num::HASH_INF)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1_000_003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    d.set_str("hash_info", hash_info);
    d.set_str("float_repr_style", Value::str("short"));
    d.set_str("modules", Value::Dict(interp.modules.clone()));
    // `sys.modules['__main__']` is the namespace that `exec` runs programs in; it is entered
    // here, when sys.modules first becomes reachable, to keep interpreter creation cheap.
    if interp.modules.get_str("__main__").is_none() {
        let main = interp.main_module();
        interp.modules.set_str("__main__", main);
    }
    d.set_str("path", Value::List(Rc::new(List::new(Vec::new()))));
    // No interpreter binary or installation lies behind the sandbox: CPython's values when
    // it cannot tell.
    d.set_str("executable", Value::str(""));
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        d.set_str(name, Value::str(""));
    }
    d.set_str("_xoptions", Value::Dict(Rc::new(Dict::new())));
    // (name, branch, revision) of the source the interpreter was built from, which `platform`
    // reads: isola's, with no revision to give.
    d.set_str(
        "_git",
        Value::tuple(vec![Value::str("isola"), Value::str(""), Value::str("")]),
    );
    d.set_str(
        "builtin_module_names",
        Value::tuple(vec![Value::str("sys")]),
    );
    let stream_type = new_type(
        "TextIOWrapper",
        TypeKind::Object,
        Some(&interp.types.object),
    );
    add_method(&stream_type, "write", stream_write);
    add_method(&stream_type, "flush", stream_flush);
    add_method(&stream_type, "writelines", stream_writelines);
    add_method(&stream_type, "seekable", stream_false);
    add_method(&stream_type, "fileno", stream_fileno);
    for (name, n) in [("stdout", 1), ("stderr", 2)] {
        let sd = Dict::new();
        sd.set_str("__isola_stream__", Value::Int(n));
        sd.set_str("name", Value::str(&format!("<{name}>")));
        sd.set_str("encoding", Value::str("utf-8"));
        let errors = if n == 2 { "backslashreplace" } else { "strict" };
        sd.set_str("errors", Value::str(errors));
        sd.set_str("mode", Value::str("w"));
        sd.set_str("line_buffering", Value::Bool(false));
        let s = Value::Instance(Rc::new(Instance::new(
            stream_type.clone(),
            Rc::new(sd),
            None,
        )));
        d.set_str(name, s.clone());
        d.set_str(&format!("__{name}__"), s);
    }
    let stdin = super::stdin::create(interp, &stream_type);
    d.set_str("stdin", stdin.clone());
    d.set_str("__stdin__", stdin);
    add_function(d, "exit", exit);
    add_function(d, "displayhook", displayhook);
    if let Some(hook) = d.get_str("displayhook") {
        d.set_str("__displayhook__", hook);
    }
    add_function(d, "getrecursionlimit", getrecursionlimit);
    add_function(d, "setrecursionlimit", setrecursionlimit);
    add_function(d, "exc_info", exc_info);
    add_function(d, "_getframe", getframe);
    add_function(d, "audit", audit);
    add_function(d, "settrace", settrace);
    add_function(d, "gettrace", gettrace);
    add_function(d, "setprofile", setprofile);
    add_function(d, "getprofile", getprofile);
    // The sandbox has no command line, so no -W options.
    d.set_str("warnoptions", Value::List(Rc::new(List::new(Vec::new()))));
    add_function(d, "intern", intern);
    add_function(d, "getsizeof", getsizeof);
    add_function(d, "getdefaultencoding", getdefaultencoding);
    add_function(d, "getfilesystemencoding", getfilesystemencoding);
    add_function(d, "getfilesystemencodeerrors", getfilesystemencodeerrors);
    add_function(d, "getrefcount", crate::modules::gc::getrefcount);
    add_function(
        d,
        "unraisablehook",
        crate::modules::gc::default_unraisablehook,
    );
    if let Some(hook) = d.get_str("unraisablehook") {
        d.set_str("__unraisablehook__", hook);
    }
    module
}

/// Where a struct sequence type keeps its field names.
const FIELDS: &str = " fields";

/// A struct sequence (`sys.version_info`): a tuple whose items are also named attributes.
/// Its type derives from tuple, so indexing, comparison and unpacking are tuple's.
fn struct_seq(interp: &mut Interpreter, name: &str, fields: &[(&str, Value)]) -> Value {
    let ty = new_type(name, TypeKind::Tuple, Some(&interp.types.tuple));
    *ty.module.borrow_mut() = "sys".into();
    let names = fields.iter().map(|(n, _)| Value::str(n)).collect();
    ty.dict.set_str(FIELDS, Value::tuple(names));
    ty.dict.set_str("n_fields", Value::Int(fields.len() as i64));
    add_method(&ty, "__repr__", struct_seq_repr);
    let dict = Dict::new();
    for (n, v) in fields {
        dict.set_str(n, v.clone());
    }
    Value::Instance(Rc::new(Instance::new(
        ty,
        Rc::new(dict),
        Some(Value::tuple(
            fields.iter().map(|(_, v)| v.clone()).collect(),
        )),
    )))
}

/// `sys.version_info(major=3, minor=11, ...)`.
fn struct_seq_repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Err(interp.type_error("descriptor '__repr__' needs a struct sequence"));
    };
    let names = match i.class.dict.get_str(FIELDS) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let values = match &i.base {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::with_capacity(names.len());
    for (n, v) in names.iter().zip(values.iter()) {
        let r = interp.repr(v)?;
        parts.push(format!("{}={r}", n.as_str().unwrap_or("")));
    }
    let module = i.class.module.borrow().clone();
    Ok(Value::from_string(format!(
        "{module}.{}({})",
        i.class.name,
        parts.join(", ")
    )))
}

fn stream_writelines(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "writelines", &args, 2, 2)?;
    let lines = interp.collect_iterable(&args.pos[1])?;
    for line in lines {
        stream_write(interp, Args::positional(vec![args.pos[0].clone(), line]))?;
    }
    Ok(Value::None)
}

/// File names in the interpreter's file system are str; as bytes they are UTF-8, with
/// surrogateescape for bytes that are not (CPython's choice under a UTF-8 locale).
fn getfilesystemencoding(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getfilesystemencoding", &args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getfilesystemencodeerrors", &args, 0, 0)?;
    Ok(Value::str("surrogateescape"))
}

fn getdefaultencoding(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getdefaultencoding", &args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn stream_write(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "write", &args, 2, 2)?;
    if super::stdin::is_stdin(&args.pos[0]) {
        return Err(interp.err("OSError", "not writable"));
    }
    let stream = super::std_stream(&args.pos[0]).unwrap_or(Stream::Stdout);
    let Value::Str(s) = &args.pos[1] else {
        let tn = interp.type_name(&args.pos[1]);
        return Err(interp.type_error(format!("write() argument must be str, not {tn}")));
    };
    interp.write_output(stream, s.as_str().as_bytes())?;
    Ok(Value::Int(s.char_len() as i64))
}

/// `sys.stdout.flush()`: what was written reaches the host's destination now.
/// `seekable()` of the standard streams: the sandbox's streams are not.
fn stream_false(_interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// `fileno()` of the standard streams (and stdin's buffer): 0, 1 and 2, as in a process.
pub(super) fn stream_fileno(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(i)) => match i.dict.get_str("__isola_stream__") {
            Some(n @ Value::Int(_)) => Ok(n),
            _ => Err(interp.err("OSError", "fileno")),
        },
        _ => Err(interp.type_error("fileno() needs a stream")),
    }
}

fn stream_flush(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    if let Some(stream) = args.pos.first().and_then(super::std_stream) {
        interp.host.flush(stream);
    }
    Ok(Value::None)
}

/// `sys.displayhook(value)`: what an interactive expression statement calls. As CPython's:
/// nothing for None; otherwise `builtins._` is cleared, the repr and a newline are written to
/// `sys.stdout`, and `builtins._` becomes the value.
fn displayhook(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "displayhook", &args, 1, 1)?;
    let value = args.pos[0].clone();
    if matches!(value, Value::None) {
        return Ok(Value::None);
    }
    interp.builtins.set_str("_", Value::None);
    let text = interp.repr(&value)?;
    let stdout = match interp.modules.get_str("sys") {
        Some(Value::Instance(sys)) => sys.dict.get_str("stdout"),
        _ => None,
    };
    match stdout {
        None | Some(Value::None) => return Err(interp.err("RuntimeError", "lost sys.stdout")),
        Some(stream) => match super::std_stream(&stream) {
            Some(stream) => interp.write_output(stream, format!("{text}\n").as_bytes())?,
            None => {
                let write = interp.get_attr(&stream, "write")?;
                interp.call1(&write, Value::from_string(text))?;
                interp.call1(&write, Value::str("\n"))?;
            }
        },
    }
    interp.builtins.set_str("_", value);
    Ok(Value::None)
}

impl Interpreter {
    /// `sys.displayhook`, importing `sys` first if the program has not: what an interactive
    /// expression statement hands its value to.
    pub(crate) fn displayhook(&mut self) -> PyResult<Value> {
        let sys = match self.modules.get_str("sys") {
            Some(sys) => sys,
            None => self.import_with("sys", None, &[], 0)?,
        };
        let hook = match &sys {
            Value::Instance(sys) => sys.dict.get_str("displayhook"),
            _ => None,
        };
        match hook {
            Some(hook) => Ok(hook),
            None => Err(self.err("RuntimeError", "lost sys.displayhook")),
        }
    }
}

fn exit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "exit", &args, 0, 1)?;
    Err(interp.new_exception("SystemExit", args.pos.into_vec()))
}

fn getrecursionlimit(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit as i64))
}

fn setrecursionlimit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "setrecursionlimit", &args, 1, 1)?;
    let n = interp.to_index(&args.pos[0])?;
    if n < 1 {
        return Err(interp.value_error("recursion limit must be greater or equal than 1"));
    }
    // A program may lower its limit, or raise it up to what its host allows.
    interp.recursion_limit =
        (n as u64).min(interp.limits.max_recursion.max(1000) as u64 * 10) as u32;
    Ok(Value::None)
}

fn exc_info(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(match interp.handled.last().cloned() {
        Some(e) => {
            let ty = interp.type_of(&e);
            Value::tuple(vec![Value::Type(ty), e, Value::None])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys._getframe(depth=0)`: a snapshot of a caller's frame (code, globals, locals, line),
/// which `warnings` reads to attribute a warning to the line that caused it.
fn getframe(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        }
    };
    // As in CPython, a negative depth is the caller's own frame.
    let frame = usize::try_from(depth.max(0))
        .ok()
        .and_then(|d| interp.stack_frame(d));
    frame.ok_or_else(|| interp.err("ValueError", "call stack is not deep enough"))
}

fn intern(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "intern", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

/// `sys.getsizeof(obj[, default])`: an instance of a class answers through its
/// `__sizeof__`, plus the 32 bytes of CPython 3.11's object header and dict pointer; built-in
/// values by [`value_size`].
fn getsizeof(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getsizeof", &args, 1, 2)?;
    if let Value::Instance(i) = &args.pos[0] {
        if i.class.is_class {
            let f = interp.get_attr(&args.pos[0], "__sizeof__")?;
            let n = interp.call_value(&f, Args::default())?;
            return match n {
                Value::Int(n) if n >= 0 => Ok(Value::Int(n + 32)),
                Value::Int(_) => Err(interp.value_error("__sizeof__() should return >= 0")),
                _ => Err(interp.type_error("an integer is required")),
            };
        }
    }
    Ok(Value::Int(value_size(&args.pos[0])))
}

/// Bytes a built-in value takes, as CPython 3.11 counts them for the common types.
pub(crate) fn value_size(v: &Value) -> i64 {
    match v {
        Value::Str(s) => 49 + s.as_str().len() as i64,
        Value::List(l) => 56 + 8 * l.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        Value::Dict(d) => 64 + 40 * d.len() as i64,
        _ => 28,
    }
}

/// `sys.audit(event, *args)`: isola has no audit hooks to call (pickle and others raise
/// events as they work), so nothing happens.
/// `sys.settrace(f)` and `sys.setprofile(f)`: the function is kept for `gettrace` and
/// `getprofile` (doctest and pdb save and restore it), but isola calls no trace or profile
/// functions: the VM has no hooks for them.
fn set_hook(interp: &mut Interpreter, args: Args, name: &'static str) -> PyResult<Value> {
    check_count(interp, name, &args, 1, 1)?;
    let sys = interp.import_with("sys", None, &[], 0)?;
    interp.set_attr(&sys, &format!("__isola_{name}__"), args.pos[0].clone())?;
    Ok(Value::None)
}

fn get_hook(interp: &mut Interpreter, name: &'static str) -> PyResult<Value> {
    let sys = interp.import_with("sys", None, &[], 0)?;
    Ok(interp
        .get_attr_opt(&sys, &format!("__isola_{name}__"))?
        .unwrap_or(Value::None))
}

fn settrace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    set_hook(interp, args, "settrace")
}

fn gettrace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "gettrace", &args, 0, 0)?;
    get_hook(interp, "settrace")
}

fn setprofile(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    set_hook(interp, args, "setprofile")
}

fn getprofile(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getprofile", &args, 0, 0)?;
    get_hook(interp, "setprofile")
}

fn audit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Str(_)) => Ok(Value::None),
        Some(other) => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("expected str for argument 'event', not {tn}")))
        }
        None => Err(interp.type_error("audit() missing 1 required positional argument: 'event'")),
    }
}
