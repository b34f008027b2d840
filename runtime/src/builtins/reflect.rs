//! Built-in functions that reach into namespaces and the interpreter: getattr and friends,
//! globals/locals/vars/dir, exec/eval, `__build_class__`, `__import__`, and the refused I/O ones
//! (input, open).

use std::rc::Rc;

use crate::api::Stream;
use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{str_hash, Args, Dict, List, NativeFn, TypeKind};
use crate::value::Value;

use super::check_count;
use super::functions::sort_with;

/// The built-in functions this file defines, by name; the builtins namespace takes each on
/// first use.
pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
    ("input", input),
    ("open", open),
    ("exec", exec),
    ("eval", eval),
    ("compile", compile),
    ("__build_class__", build_class),
    ("__import__", import),
];

fn attr_name(interp: &mut Interpreter, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        other => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn getattr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "getattr", &args, 2, 3)?;
    let name = attr_name(interp, &args.pos[1])?;
    if args.pos.len() == 2 {
        return interp.get_attr(&args.pos[0], &name);
    }
    match interp.get_attr_or_absent(&args.pos[0], &name, str_hash(&name)) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(args.pos[2].clone()),
        Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("AttributeError") => {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "setattr", &args, 3, 3)?;
    let name = attr_name(interp, &args.pos[1])?;
    interp.set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "hasattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.pos[1])?;
    match interp.get_attr_or_absent(&args.pos[0], &name, str_hash(&name)) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("AttributeError") => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn delattr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "delattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.pos[1])?;
    interp.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn current_globals(interp: &Interpreter) -> Rc<Dict> {
    interp
        .frames
        .last()
        .map_or_else(|| interp.main_globals.clone(), |f| f.globals.clone())
}

fn globals(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    Ok(Value::Dict(current_globals(interp)))
}

fn locals(interp: &mut Interpreter, _args: Args) -> PyResult<Value> {
    let Some(frame) = interp.frames.last() else {
        return Ok(Value::Dict(interp.main_globals.clone()));
    };
    if let Some(ns) = &frame.namespace {
        return Ok(Value::Dict(ns.clone()));
    }
    if frame.code.has_flag(crate::bytecode::Code::MODULE) {
        return Ok(Value::Dict(frame.globals.clone()));
    }
    let d = Dict::new();
    for (name, v) in frame.code.varnames.iter().zip(&frame.locals) {
        if !v.is_null() {
            d.set_str(name, v.clone());
        }
    }
    let ncell = frame.code.cellvars.len();
    for (i, c) in frame.cells.iter().enumerate() {
        let name = if i < ncell {
            &frame.code.cellvars[i]
        } else {
            &frame.code.freevars[i - ncell]
        };
        if let Some(v) = c.borrow().clone() {
            d.set_str(name, v);
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn vars(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "vars", &args, 0, 1)?;
    match args.pos.first() {
        None => locals(interp, args),
        Some(v) => match interp.get_attr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(interp.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

/// Attributes every object has in CPython that isola answers without a dict entry.
const OBJECT_EXTRAS: &[&str] = &[
    "__class__",
    "__dir__",
    "__doc__",
    "__ge__",
    "__getstate__",
    "__gt__",
    "__le__",
    "__lt__",
    "__ne__",
    "__reduce__",
    "__reduce_ex__",
    "__sizeof__",
    "__subclasshook__",
];

fn dir(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "dir", &args, 0, 1)?;
    // A class's own `__dir__` decides; dir() only sorts what it returns.
    if let Some(v @ Value::Instance(_)) = args.pos.first() {
        if let Some(f @ Value::Function(_)) = interp.lookup_special(v, "__dir__") {
            let r = interp.call1(&f, v.clone())?;
            let mut items = interp.collect_iterable(&r)?;
            sort_with(interp, &mut items, None, None)?;
            return Ok(Value::List(Rc::new(List::new(items))));
        }
        // A module's own `__dir__` (PEP 562).
        if let Value::Instance(i) = v {
            if i.class.is_subtype(&interp.types.module) {
                if let Some(f) = i.dict.get_str("__dir__") {
                    let r = interp.call_value(&f, Args::default())?;
                    let mut items = interp.collect_iterable(&r)?;
                    sort_with(interp, &mut items, None, None)?;
                    return Ok(Value::List(Rc::new(List::new(items))));
                }
                // Otherwise a module lists its namespace only, as CPython's module.__dir__:
                // not the attributes of the module type (unittest's loader calls getattr on
                // each name dir() gives).
                let mut items = i.dict.keys();
                sort_with(interp, &mut items, None, None)?;
                return Ok(Value::List(Rc::new(List::new(items))));
            }
        }
    }
    let mut names: Vec<String> = Vec::new();
    match args.pos.first() {
        None => {
            let l = locals(interp, Args::default())?;
            if let Value::Dict(d) = l {
                names = d
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(str::to_owned))
                    .collect();
            }
        }
        Some(v) => names = default_names(interp, v),
    }
    names.sort();
    Ok(Value::List(Rc::new(List::new(
        names.into_iter().map(Value::from_string).collect(),
    ))))
}

/// The names `dir(v)` lists when no `__dir__` of a class decides: the instance's dict, its
/// class's and their bases' namespaces, and what built-in types and every object answer
/// without a dict entry. Unsorted. `object.__dir__` returns them.
pub(crate) fn default_names(interp: &mut Interpreter, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();

    let mut add = |d: &Dict| {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_owned());
                }
            }
        }
    };
    if let Value::Instance(i) = v {
        add(&i.dict);
    }
    let ty = match v {
        Value::Type(t) => t.clone(),
        other => interp.type_of(other),
    };
    add(&ty.dict);
    for t in &ty.mro {
        add(&t.dict);
    }
    // Special methods of built-in types live outside their dicts (see ops/dunder.rs).
    let builtin = std::iter::once(&ty)
        .chain(ty.mro.iter())
        .find(|t| !t.is_class);
    if let Some(b) = builtin {
        let data: &[&str] = match b.kind {
            TypeKind::Int | TypeKind::Bool => &["real", "imag", "numerator", "denominator"],
            TypeKind::Float | TypeKind::Complex => &["real", "imag"],
            TypeKind::Range | TypeKind::Slice => &["start", "stop", "step"],
            _ => &[],
        };
        for n in data {
            if !names.iter().any(|x| x == n) {
                names.push((*n).to_owned());
            }
        }
        for n in crate::ops::dunder_names(b.kind) {
            if !names.iter().any(|x| x == n) {
                names.push(n.to_owned());
            }
        }
    }
    let class_extras: &[&str] = if ty.is_class && !ty.slots_forbid("__dict__") {
        &["__dict__", "__module__", "__weakref__"]
    } else {
        &[]
    };
    for n in OBJECT_EXTRAS.iter().chain(class_extras) {
        if !names.iter().any(|x| x == n) {
            names.push((*n).to_owned());
        }
    }
    names
}

/// `input(prompt)`, as CPython's: the prompt goes to `sys.stdout` (flushed, no newline), then one
/// line is read from `sys.stdin` and returned without its newline; EOFError at the end of input.
/// Streams a program put in `sys` are called through their `write`, `flush` and `readline`.
fn input(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "input", &args, 0, 1)?;
    let sys_stream = |interp: &mut Interpreter, name: &str| match interp.modules.get_str("sys") {
        Some(Value::Instance(sys)) => sys.dict.get_str(name),
        _ => None,
    };
    if let Some(p) = args.pos.first() {
        let prompt = interp.to_str(p)?;
        match sys_stream(interp, "stdout") {
            Some(stdout) if crate::modules::std_stream(&stdout).is_none() => {
                let write = interp.get_attr(&stdout, "write")?;
                interp.call1(&write, Value::from_string(prompt))?;
                let flush = interp.get_attr(&stdout, "flush")?;
                interp.call_value(&flush, Args::positional(Vec::new()))?;
            }
            _ => {
                interp.write_output(Stream::Stdout, prompt.as_bytes())?;
                interp.host.flush(Stream::Stdout);
            }
        }
    }
    let line = match sys_stream(interp, "stdin") {
        Some(stdin) if !crate::modules::stdin::is_stdin(&stdin) => {
            let readline = interp.get_attr(&stdin, "readline")?;
            let line = interp.call_value(&readline, Args::positional(Vec::new()))?;
            interp.to_str(&line)?
        }
        _ => interp.read_stdin_line()?,
    };
    if line.is_empty() {
        return Err(interp.new_exception("EOFError", vec![Value::str("EOF when reading a line")]));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(Value::str(line))
}

/// `open` before io is imported: io.open, which io's import then puts in builtins itself, so
/// that `open is io.open` holds as in CPython.
fn open(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let io = interp.import_with("io", None, &[], 0)?;
    let io_open = interp.get_attr(&io, "open")?;
    interp.call_value(&io_open, args)
}

/// The text of source code given as bytes: UTF-8 (a BOM dropped) unless a coding
/// declaration on one of the first two lines names another codec (PEP 263).
fn decode_source(interp: &mut Interpreter, data: &[u8]) -> PyResult<String> {
    let data = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
    let mut codec = None;
    for line in data.split(|&b| b == b'\n').take(2) {
        let line = String::from_utf8_lossy(line);
        let trimmed = line.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            if trimmed.trim().is_empty() {
                continue;
            }
            break;
        }
        let Some(at) = trimmed.find("coding") else {
            continue;
        };
        let rest = &trimmed[at + 6..];
        if let Some(rest) = rest.strip_prefix([':', '=']) {
            let name: String = rest
                .trim_start_matches([' ', '\t'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            codec = Some(name);
            break;
        }
    }
    let codec = match codec {
        Some(name) => match super::methods_codec::lookup_codec(interp, &name) {
            Ok(c) => c,
            Err(_) => {
                return Err(interp.err("SyntaxError", format!("unknown encoding: {name}")));
            }
        },
        None => super::methods_codec::Codec::Utf8,
    };
    let source = Value::Bytes(std::rc::Rc::new(crate::object::Tuple::new(data.to_vec())));
    super::methods_codec::decode(interp, data, codec, "strict", &source)
}

fn source_arg(interp: &mut Interpreter, v: &Value, fname: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        Value::Bytes(b) => decode_source(interp, &b.items),
        other => match super::buffer_data(interp, other)? {
            Some(data) => decode_source(interp, &data),
            None => Err(interp.type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            ))),
        },
    }
}

fn namespace_args(interp: &mut Interpreter, args: &Args) -> (Rc<Dict>, Option<Rc<Dict>>) {
    let globals = match args.pos.get(1) {
        Some(Value::Dict(d)) => {
            if d.get_str("__builtins__").is_none() {
                d.set_str("__builtins__", Value::Dict(interp.full_builtins()));
            }
            d.clone()
        }
        _ => current_globals(interp),
    };
    let locals = match args.pos.get(2) {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ => None,
    };
    (globals, locals)
}

/// Whether `exec`/`eval` got a locals mapping apart from its globals: the source's own names
/// then live in it (see `compile_exec_locals`).
fn separate_locals(globals: &Rc<Dict>, locals: &Option<Rc<Dict>>) -> bool {
    locals.as_ref().is_some_and(|l| !Rc::ptr_eq(l, globals))
}

fn exec(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "exec", &args, 1, 3)?;
    let (globals, locals) = namespace_args(interp, &args);
    let code = match &args.pos[0] {
        Value::Code(c) => c.clone(),
        other => {
            let src = source_arg(interp, other, "exec")?;
            if separate_locals(&globals, &locals) {
                interp.compile_exec_locals(&src, "<string>")?
            } else {
                interp.compile_source(&src, "<string>")?
            }
        }
    };
    interp.run_code(code, globals, locals)?;
    Ok(Value::None)
}

fn eval(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "eval", &args, 1, 3)?;
    let (globals, locals) = namespace_args(interp, &args);
    let code = match &args.pos[0] {
        Value::Code(c) => c.clone(),
        other => {
            let src = source_arg(interp, other, "eval")?;
            let module_locals = separate_locals(&globals, &locals);
            compile_expression(interp, &src, "<string>", module_locals)?
        }
    };
    interp.run_code(code, globals, locals)
}

/// Compiles an expression for `eval` (leading blanks are allowed, as CPython allows them).
fn compile_expression(
    interp: &mut Interpreter,
    src: &str,
    filename: &str,
    module_locals: bool,
) -> PyResult<Rc<Code>> {
    let src = src.trim_start_matches([' ', '\t']).to_owned();
    let expr = match crate::syntax::parse_expression(&src) {
        Ok(e) => e,
        Err(e) => return Err(interp.parse_error(&e, filename, &src)),
    };
    crate::compile::compile_eval(&expr, filename, src.as_str().into(), module_locals).map_err(|e| {
        interp.syntax_error(
            "SyntaxError",
            &e.msg,
            filename,
            &src,
            e.span.line,
            e.span.col,
            e.span.end_col,
        )
    })
}

/// `compile(source, filename, mode)`: a code object for `exec` or `eval`; 'single' compiles
/// one interactive statement, whose expression statements call `sys.displayhook`. Of the
/// flags only `PyCF_ONLY_AST` counts: with it the result is the `ast` tree (`ast.parse`).
/// `source` may also be such a tree (`modules/ast.rs` turns it back into isola's).
fn compile(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    // `ast.parse` passes the grammar version it wants; isola has one grammar.
    args.take_kw("_feature_version");
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    // The defaults of the optional parameters, put in place when a later one comes by name.
    let defaults = [Value::Int(0), Value::Bool(false), Value::Int(-1)];
    for (i, name) in names.iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if args.pos.len() > i {
                return Err(interp.type_error(format!(
                    "argument for compile() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            while args.pos.len() < i && args.pos.len() >= 3 {
                args.pos.push(defaults[args.pos.len() - 3].clone());
            }
            if args.pos.len() != i {
                break;
            }
            args.pos.push(v);
        }
    }
    if let Some((k, _)) = args.kw.first() {
        let k = k.clone();
        return Err(interp.type_error(format!(
            "'{k}' is an invalid keyword argument for compile()"
        )));
    }
    if args.pos.len() < 3 {
        let (n, name) = match args.pos.len() {
            0 => (1, "source"),
            1 => (2, "filename"),
            _ => (3, "mode"),
        };
        return Err(interp.type_error(format!(
            "compile() missing required argument '{name}' (pos {n})"
        )));
    }
    if args.pos.len() > 6 {
        let n = args.pos.len();
        return Err(interp.type_error(format!("compile() takes at most 6 arguments ({n} given)")));
    }
    let filename = match &args.pos[1] {
        Value::Str(s) => s.as_str().to_owned(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.items).into_owned(),
        other => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!(
                "compile() argument 'filename' must be str, bytes or os.PathLike, not {tn}"
            )));
        }
    };
    let mode = match &args.pos[2] {
        Value::Str(s) => s.as_str().to_owned(),
        other => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("compile() argument 'mode' must be str, not {tn}"))
            );
        }
    };
    let flags = match args.pos.get(3) {
        Some(v) => interp.to_index(v)?,
        None => 0,
    };
    let only_ast = flags & crate::modules::ast::PYCF_ONLY_AST != 0;
    if !matches!(mode.as_str(), "exec" | "eval" | "single") {
        // A tree may also be asked of a function's type comment, which isola does not parse.
        return Err(interp.value_error(match (only_ast, mode.as_str()) {
            (true, "func_type") => "compile() mode 'func_type' is not supported",
            (true, _) => "compile() mode must be 'exec', 'eval', 'single' or 'func_type'",
            _ => "compile() mode must be 'exec', 'eval' or 'single'",
        }));
    }
    if let Value::Code(c) = &args.pos[0] {
        return Ok(Value::Code(c.clone()));
    }
    if crate::modules::ast::is_node(interp, &args.pos[0]) {
        if only_ast {
            return Ok(args.pos[0].clone());
        }
        let code = crate::modules::ast::compile_tree(interp, &args.pos[0], &filename, &mode)?;
        return Ok(Value::Code(code));
    }
    let src = match &args.pos[0] {
        Value::Str(s) => s.as_str().to_owned(),
        other => match super::buffer_data(interp, other)? {
            Some(data) => decode_source(interp, &data)?,
            None => {
                return Err(
                    interp.type_error("compile() arg 1 must be a string, bytes or AST object")
                );
            }
        },
    };
    if only_ast {
        return crate::modules::ast::parse_to_tree(interp, &src, &filename, &mode);
    }
    let code = match mode.as_str() {
        // Names resolve through a locals mapping too, which `eval(code, g, l)` may pass.
        "eval" => compile_expression(interp, &src, &filename, true)?,
        "single" => interp.compile_interactive(&src, &filename)?,
        // As for eval: the code may run with a locals mapping apart from its globals.
        _ => interp.compile_exec_locals(&src, &filename)?,
    };
    Ok(Value::Code(code))
}

fn build_class(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    interp.build_class(args)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let mut slots: [Option<Value>; 5] = Default::default();
    if args.pos.len() > 5 {
        let n = args.pos.len();
        return Err(interp.type_error(format!(
            "__import__() takes at most 5 arguments ({n} given)"
        )));
    }
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        match NAMES.iter().position(|n| **n == **k) {
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(interp.type_error(format!(
                    "__import__() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let name = match &slots[0] {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!("__import__() argument 1 must be str, not {tn}")));
        }
        None => {
            return Err(interp.type_error("__import__() missing required argument 'name' (pos 1)"))
        }
    };
    let globals = match &slots[1] {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ => None,
    };
    let fromlist = match &slots[3] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => interp.collect_iterable(v)?,
    };
    let level = match &slots[4] {
        None => 0,
        Some(Value::Int(l)) => *l,
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(
                interp.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            );
        }
    };
    interp.import_with(&name, globals.as_ref(), &fromlist, level)
}
