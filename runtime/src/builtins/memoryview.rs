//! `memoryview`: a one-dimensional view of any object with the buffer protocol (see
//! `buffer.rs`), with the exporter's format and item size, slicing into further views, `cast`,
//! item and slice assignment written through to a writable exporter, and comparison by value.
//! A view keeps its exporter as `obj` and its geometry (first byte, byte step, item count)
//! in hidden dict entries; the exporter's bytes are read afresh on each access, so a view of
//! a bytearray or an array sees later changes.

use std::rc::Rc;

use crate::interp::{new_type, Interpreter, PyResult, Types};
use crate::object::{Args, Dict, Instance, List, NativeFn, Slice, Tuple, Type, TypeKind};
use crate::value::Value;

use super::add_method;
use super::buffer::{export, item_size, pack_item, plain_code, store, unpack_item, Export};

const START: &str = " start";
const STEP: &str = " step";
const COUNT: &str = " count";

/// The `memoryview` type, created with its methods on first use.
pub(super) fn memoryview_type(types: &Types) -> Rc<Type> {
    if let Some(t) = types.internal.borrow().get("memoryview") {
        return t.clone();
    }
    let ty = new_type("memoryview", TypeKind::Other, Some(&types.object));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__repr__", repr),
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("toreadonly", toreadonly),
        ("cast", cast),
        ("hex", hex),
        ("release", release),
        ("__hash__", hash),
    ];
    for (name, func) in methods {
        add_method(&ty, name, *func);
    }
    types.internal.borrow_mut().insert("memoryview", ty.clone());
    ty
}

/// Whether `v` is a memoryview.
pub(crate) fn is_memoryview(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if &*i.class.name == "memoryview" && !i.class.is_class)
}

/// Where a view's items lie in its exporter's bytes.
#[derive(Clone)]
struct Geometry {
    start: i64,
    step: i64,
    count: i64,
    format: String,
    itemsize: usize,
    readonly: bool,
}

/// A new view of `obj` with geometry `g`.
fn new_view(interp: &mut Interpreter, obj: Value, g: &Geometry) -> Value {
    let dict = Dict::new();
    let contiguous = g.count <= 1 || g.step == g.itemsize as i64;
    dict.set_str("obj", obj);
    dict.set_str(START, Value::Int(g.start));
    dict.set_str(STEP, Value::Int(g.step));
    dict.set_str(COUNT, Value::Int(g.count));
    dict.set_str("nbytes", Value::Int(g.count * g.itemsize as i64));
    dict.set_str("shape", Value::tuple(vec![Value::Int(g.count)]));
    dict.set_str("strides", Value::tuple(vec![Value::Int(g.step)]));
    dict.set_str("suboffsets", Value::tuple(vec![]));
    dict.set_str("readonly", Value::Bool(g.readonly));
    dict.set_str("itemsize", Value::Int(g.itemsize as i64));
    dict.set_str("format", Value::str(&g.format));
    dict.set_str("ndim", Value::Int(1));
    for name in ["c_contiguous", "f_contiguous", "contiguous"] {
        dict.set_str(name, Value::Bool(contiguous));
    }
    Value::Instance(Rc::new(Instance::new(
        memoryview_type(&interp.types),
        Rc::new(dict),
        None,
    )))
}

/// `memoryview(obj)` for any object with the buffer protocol.
pub(crate) fn construct(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    if let Some(v) = args.take_kw("object") {
        args.pos.insert(0, v);
    }
    if !args.kw.is_empty() || args.pos.len() != 1 {
        let n = args.pos.len() + args.kw.len();
        return Err(interp.type_error(format!(
            "memoryview() takes exactly one argument ({n} given)"
        )));
    }
    let obj = args.pos.remove(0);
    if is_memoryview(&obj) {
        // A view of a view shares its exporter and geometry.
        let (inner, g) = parts(interp, &obj)?;
        return Ok(new_view(interp, inner, &g));
    }
    let Some(e) = export(interp, &obj)? else {
        let tn = interp.type_name(&obj);
        return Err(interp.type_error(format!(
            "memoryview: a bytes-like object is required, not '{tn}'"
        )));
    };
    let g = Geometry {
        start: 0,
        step: e.itemsize as i64,
        count: (e.data.len() / e.itemsize.max(1)) as i64,
        format: e.format,
        itemsize: e.itemsize,
        readonly: e.readonly,
    };
    Ok(new_view(interp, obj, &g))
}

/// The exporter and geometry of a memoryview, or the released-view error.
fn parts(interp: &mut Interpreter, v: &Value) -> PyResult<(Value, Geometry)> {
    let Value::Instance(i) = v else {
        return Err(interp.type_error("descriptor requires a 'memoryview' object"));
    };
    let obj = match i.dict.get_str("obj") {
        Some(o) if !o.is_none() => o,
        _ => return Err(interp.value_error("operation forbidden on released memoryview object")),
    };
    let int = |name: &str| match i.dict.get_str(name) {
        Some(Value::Int(n)) => n,
        _ => 0,
    };
    let format = match i.dict.get_str("format") {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => "B".to_owned(),
    };
    let g = Geometry {
        start: int(START),
        step: int(STEP),
        count: int(COUNT),
        itemsize: int("itemsize").max(1) as usize,
        format,
        readonly: matches!(i.dict.get_str("readonly"), Some(Value::Bool(true))),
    };
    Ok((obj, g))
}

/// The receiver's exporter and geometry.
fn this(interp: &mut Interpreter, args: &Args) -> PyResult<(Value, Geometry)> {
    match args.pos.first() {
        Some(v) if is_memoryview(v) => parts(interp, v),
        _ => Err(interp.type_error("descriptor requires a 'memoryview' object")),
    }
}

/// The exporter's whole bytes.
fn full_bytes(interp: &mut Interpreter, obj: &Value) -> PyResult<Vec<u8>> {
    match export(interp, obj)? {
        Some(e) => Ok(e.data),
        None => Err(interp.type_error("memoryview: underlying object lost its buffer")),
    }
}

/// The byte offset of item `i` of a view.
fn offset(g: &Geometry, i: i64) -> i64 {
    g.start + i * g.step
}

/// The item bytes a view shows, in order.
fn gather(interp: &mut Interpreter, obj: &Value, g: &Geometry) -> PyResult<Vec<u8>> {
    // One item of bytes or a bytearray is read without copying the rest.
    if g.count == 1 && g.start >= 0 {
        let start = g.start as usize;
        let part = match obj {
            Value::Bytes(b) => b.items.get(start..start + g.itemsize).map(<[u8]>::to_vec),
            other => super::bytearray::bytearray_range(other, start, g.itemsize),
        };
        if let Some(p) = part {
            return Ok(p);
        }
    }
    let full = full_bytes(interp, obj)?;
    let mut out = Vec::with_capacity(g.count.max(0) as usize * g.itemsize);
    for i in 0..g.count {
        let at = offset(g, i);
        let item = usize::try_from(at)
            .ok()
            .and_then(|at| full.get(at..at + g.itemsize));
        match item {
            Some(b) => out.extend_from_slice(b),
            None => return Err(interp.err("IndexError", "memoryview: buffer changed size")),
        }
    }
    Ok(out)
}

/// What a memoryview exports when another object reads it.
pub(super) fn view_export(interp: &mut Interpreter, v: &Value) -> PyResult<Export> {
    let (obj, g) = parts(interp, v)?;
    let data = gather(interp, &obj, &g)?;
    Ok(Export {
        data,
        format: g.format,
        itemsize: g.itemsize,
        readonly: g.readonly,
    })
}

/// The items of a view as Python values.
fn values(interp: &mut Interpreter, obj: &Value, g: &Geometry) -> PyResult<Vec<Value>> {
    check_format(interp, &g.format)?;
    let data = gather(interp, obj, g)?;
    Ok(data
        .chunks(g.itemsize)
        .map(|c| unpack_item(&g.format, c))
        .collect())
}

fn check_format(interp: &mut Interpreter, format: &str) -> PyResult<()> {
    match item_size(format) {
        Some(_) if !matches!(plain_code(format), Some('e' | 'P' | 'u' | 'w')) => Ok(()),
        _ => Err(interp.err(
            "NotImplementedError",
            format!("memoryview: format {format} not supported"),
        )),
    }
}

fn arg(args: &Args, n: usize) -> Value {
    args.pos.get(n).cloned().unwrap_or(Value::None)
}

/// An item index of a view, negative from the end, or IndexError.
fn item_index(interp: &mut Interpreter, g: &Geometry, key: &Value) -> PyResult<i64> {
    let i = interp.to_index(key)?;
    let i = if i < 0 { i + g.count } else { i };
    if i < 0 || i >= g.count {
        return Err(interp.err("IndexError", "index out of bounds on dimension 1"));
    }
    Ok(i)
}

/// The geometry of `view[slice]`.
fn sliced(interp: &mut Interpreter, g: &Geometry, s: &Slice) -> PyResult<Geometry> {
    let idx = interp.slice_indices(s, g.count.max(0) as usize)?;
    let (start, step, count) = (idx.start, idx.step, idx.len as i64);
    Ok(Geometry {
        start: offset(g, start),
        step: g.step * step,
        count,
        ..g.clone()
    })
}

fn len(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (_, g) = this(interp, &args)?;
    Ok(Value::Int(g.count))
}

fn getitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    match arg(&args, 1) {
        Value::Slice(s) => {
            let ng = sliced(interp, &g, &s)?;
            Ok(new_view(interp, obj, &ng))
        }
        Value::Ellipsis => Ok(arg(&args, 0)),
        key @ (Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_)) => {
            if matches!(key, Value::Instance(_))
                && interp.lookup_special(&key, "__index__").is_none()
            {
                return Err(interp.type_error("memoryview: invalid slice key"));
            }
            check_format(interp, &g.format)?;
            let i = item_index(interp, &g, &key)?;
            let one = Geometry {
                start: offset(&g, i),
                count: 1,
                ..g.clone()
            };
            let data = gather(interp, &obj, &one)?;
            Ok(unpack_item(&g.format, &data))
        }
        _ => Err(interp.type_error("memoryview: invalid slice key")),
    }
}

fn setitem(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    if g.readonly {
        return Err(interp.type_error("cannot modify read-only memory"));
    }
    let key = arg(&args, 1);
    let value = arg(&args, 2);
    let (targets, data) = match &key {
        Value::Slice(s) => {
            let ng = sliced(interp, &g, s)?;
            let src = match export(interp, &value)? {
                Some(e) => e,
                None => {
                    let tn = interp.type_name(&value);
                    return Err(
                        interp.type_error(format!("a bytes-like object is required, not '{tn}'"))
                    );
                }
            };
            let same = plain_code(&src.format) == plain_code(&g.format)
                && src.data.len() == ng.count.max(0) as usize * g.itemsize;
            if !same {
                return Err(interp.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            (ng, src.data)
        }
        _ => {
            check_format(interp, &g.format)?;
            let i = item_index(interp, &g, &key)?;
            let data = pack_item(interp, &g.format, &value)?;
            let one = Geometry {
                start: offset(&g, i),
                count: 1,
                ..g.clone()
            };
            (one, data)
        }
    };
    // A bytearray is written in place, item by item.
    if super::bytearray::bytearray_range(&obj, 0, 0).is_some() {
        for (i, chunk) in data.chunks(g.itemsize).enumerate() {
            let at = usize::try_from(offset(&targets, i as i64)).unwrap_or(usize::MAX);
            if !super::bytearray::bytearray_write(&obj, at, chunk) {
                return Err(interp.err("IndexError", "memoryview: buffer changed size"));
            }
        }
        return Ok(Value::None);
    }
    let mut full = full_bytes(interp, &obj)?;
    for (i, chunk) in data.chunks(g.itemsize).enumerate() {
        let at = offset(&targets, i as i64);
        let slot = usize::try_from(at)
            .ok()
            .and_then(|at| full.get_mut(at..at + g.itemsize));
        match slot {
            Some(s) => s.copy_from_slice(chunk),
            None => return Err(interp.err("IndexError", "memoryview: buffer changed size")),
        }
    }
    store(interp, &obj, full)?;
    Ok(Value::None)
}

fn iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    let items = values(interp, &obj, &g)?;
    interp.get_iter(&Value::List(Rc::new(List::new(items))))
}

fn contains(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    let needle = arg(&args, 1);
    for v in values(interp, &obj, &g)? {
        if interp.eq(&v, &needle)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `view == other`: equal when `other` exports as many items with equal values, each side
/// read with its own format.
fn equal(interp: &mut Interpreter, args: &Args) -> PyResult<Option<bool>> {
    let (obj, g) = this(interp, args)?;
    let other = arg(args, 1);
    if other.is(&arg(args, 0)) {
        return Ok(Some(true));
    }
    let Some(e) = export(interp, &other)? else {
        return Ok(None);
    };
    let mine = values(interp, &obj, &g)?;
    check_format(interp, &e.format)?;
    let theirs: Vec<Value> = e
        .data
        .chunks(e.itemsize.max(1))
        .map(|c| unpack_item(&e.format, c))
        .collect();
    if mine.len() != theirs.len() {
        return Ok(Some(false));
    }
    for (a, b) in mine.iter().zip(theirs.iter()) {
        if !interp.eq(a, b)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn eq(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    Ok(match equal(interp, &args)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

fn ne(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    Ok(match equal(interp, &args)? {
        Some(b) => Value::Bool(!b),
        None => Value::NotImplemented,
    })
}

/// A read-only view of bytes-like format hashes as its bytes.
fn hash(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    if !g.readonly {
        return Err(interp.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(plain_code(&g.format), Some('B' | 'b' | 'c')) {
        return Err(
            interp.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        );
    }
    let data = gather(interp, &obj, &g)?;
    Ok(Value::Int(
        interp.hash_value(&Value::Bytes(Rc::new(Tuple::new(data))))?,
    ))
}

fn enter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    this(interp, &args)?;
    Ok(arg(&args, 0))
}

fn exit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    release(interp, Args::positional(vec![arg(&args, 0)]))?;
    Ok(Value::Bool(false))
}

fn repr(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let v = arg(&args, 0);
    let released = match &v {
        Value::Instance(i) => i.dict.get_str("obj").is_none_or(|o| o.is_none()),
        _ => return Err(interp.type_error("descriptor requires a 'memoryview' object")),
    };
    let what = if released {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::from_string(format!("<{what} at {:#x}>", v.id())))
}

fn tobytes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    let d = gather(interp, &obj, &g)?;
    super::methods_bytes::new_bytes(interp, d)
}

fn tolist(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    let items = values(interp, &obj, &g)?;
    Ok(Value::List(Rc::new(List::new(items))))
}

fn toreadonly(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    let ng = Geometry {
        readonly: true,
        ..g
    };
    Ok(new_view(interp, obj, &ng))
}

/// `view.cast(format[, shape])`: the same bytes read as another native format (one side
/// being a byte format), one-dimensional.
fn cast(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let format = args.take_kw("format");
    let shape = args.take_kw("shape");
    let (obj, g) = this(interp, &args)?;
    let format = format.unwrap_or_else(|| arg(&args, 1));
    let shape = shape.or_else(|| args.pos.get(2).cloned());
    let Value::Str(f) = &format else {
        let tn = interp.type_name(&format);
        return Err(interp.type_error(format!(
            "memoryview.cast() argument 'format' must be str, not {tn}"
        )));
    };
    let f = f.as_str().to_owned();
    if g.count > 1 && g.step != g.itemsize as i64 {
        return Err(interp.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(size) = item_size(&f) else {
        return Err(interp.value_error(
            "memoryview: destination format must be a native single character format \
             prefixed with an optional '@'",
        ));
    };
    let byte_format = |s: &str| matches!(plain_code(s), Some('B' | 'b' | 'c'));
    if !byte_format(&f) && !byte_format(&g.format) {
        return Err(interp.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = g.count.max(0) as usize * g.itemsize;
    if !nbytes.is_multiple_of(size) {
        return Err(interp.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let count = (nbytes / size) as i64;
    if let Some(shape) = shape.filter(|s| !s.is_none()) {
        let dims = interp.collect_iterable(&shape)?;
        let mut product = 1i64;
        for d in &dims {
            product = product.saturating_mul(interp.to_index(d)?);
        }
        if dims.len() != 1 || product != count {
            return Err(interp.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    let ng = Geometry {
        start: g.start,
        step: size as i64,
        count,
        format: f,
        itemsize: size,
        readonly: g.readonly,
    };
    Ok(new_view(interp, obj, &ng))
}

fn hex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (obj, g) = this(interp, &args)?;
    let d = gather(interp, &obj, &g)?;
    let mut rest = args.pos;
    rest[0] = Value::Bytes(Rc::new(Tuple::new(d)));
    let hex = match interp.types.bytes.dict.get_str("hex") {
        Some(Value::Builtin(b)) => b.func,
        _ => return Err(interp.type_error("bytes.hex is missing")),
    };
    hex(
        interp,
        Args {
            pos: rest,
            kw: args.kw,
        },
    )
}

fn release(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Err(interp.type_error("descriptor requires a 'memoryview' object"));
    };
    i.dict.set_str("obj", Value::None);
    Ok(Value::None)
}
