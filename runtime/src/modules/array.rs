//! The `array` module: `array.array`, a built-in type whose instances keep their items as
//! native bytes (`object/array.rs`), with CPython's type codes, range checks, messages and
//! reprs. An array is an instance of the type wrapping a `Value::Array` as its `base`, so a
//! class deriving from `array.array` has the same layout and every special method is a
//! native method of the type; `a[i]` and `a[i] = x` are answered before any lookup in the
//! generic subscript path and in the dispatch loop. The sequence protocol is in
//! `array/sequence.rs`, the named methods and pickling in `array/methods.rs`.

mod methods;
mod sequence;

pub(crate) use sequence::{del_item, get_item, set_item};

use std::rc::Rc;

use crate::builtins::{add_function, add_getter, add_method};
use crate::interp::{new_type, Interpreter, PyResult, Types};
use crate::object::array::{encode_exact, encode_float, encode_int, Array, Code};
use crate::object::{Args, Dict, Instance, Type, TypeKind};
use crate::value::Value;

/// `array.typecodes`.
const TYPECODES: &str = "bBuhHiIlLqQfd";

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("array");
    let ty = array_type(&interp.types);
    m.dict.set_str("array", Value::Type(ty.clone()));
    m.dict.set_str("ArrayType", Value::Type(ty));
    m.dict.set_str("typecodes", Value::str(TYPECODES));
    add_function(&m.dict, "_array_reconstructor", methods::reconstructor);
    let iterator = interp.internal_type("arrayiterator");
    *iterator.module.borrow_mut() = "array".into();
    Ok(module)
}

/// The `array.array` type, created with its methods on first use.
pub(crate) fn array_type(types: &Types) -> Rc<Type> {
    if let Some(t) = types.internal.borrow().get("array") {
        return t.clone();
    }
    let ty = new_type("array", TypeKind::Array, Some(&types.object));
    *ty.module.borrow_mut() = "array".into();
    for (name, func) in sequence::METHODS.iter().chain(methods::METHODS) {
        add_method(&ty, name, *func);
    }
    add_getter(types, &ty, "typecode", methods::typecode);
    add_getter(types, &ty, "itemsize", methods::itemsize);
    ty.dict.set_str("__hash__", Value::None);
    types.internal.borrow_mut().insert("array", ty.clone());
    ty
}

/// The items of an array, or of an instance of a class deriving from `array.array`.
#[inline(always)]
pub(crate) fn storage(v: &Value) -> Option<&Rc<Array>> {
    match v {
        Value::Instance(i) => match &i.base {
            Some(Value::Array(a)) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

/// The items of an instance of `array.array` itself (not of a class deriving from it, which
/// may define its own item methods): the generic subscript path answers these at once.
#[inline(always)]
pub(crate) fn exact_storage(v: &Value) -> Option<&Array> {
    match v {
        Value::Instance(i) if !i.class.is_class => match &i.base {
            Some(Value::Array(a)) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver of method `name` and the arguments after it, or CPython's error for a
/// method called on something that is not an array.
fn receiver(interp: &mut Interpreter, mut args: Args, name: &str) -> PyResult<(Rc<Array>, Args)> {
    let this = match args.pos.first() {
        Some(v) => v.clone(),
        None => {
            return Err(interp.type_error(format!(
                "descriptor '{name}' of 'array.array' object needs an argument"
            )))
        }
    };
    let Some(a) = storage(&this).cloned() else {
        let tn = interp.type_name(&this);
        return Err(interp.type_error(format!(
            "descriptor '{name}' for 'array.array' objects doesn't apply to a '{tn}' object"
        )));
    };
    args.pos.remove(0);
    Ok((a, args))
}

/// Counts `bytes` more of array memory against the heap limit before they are allocated;
/// a request no address space could hold is a MemoryError.
fn reserve(interp: &mut Interpreter, bytes: u128) -> PyResult<()> {
    interp.check_alloc(bytes)?;
    interp.charge(bytes as u64)
}

/// A new `array.array` of `code` holding `data`, already charged.
pub(crate) fn new_array(interp: &mut Interpreter, code: Code, data: Vec<u8>) -> Value {
    let ty = array_type(&interp.types);
    wrap(ty, Array::new(code, data))
}

fn wrap(class: Rc<Type>, a: Rc<Array>) -> Value {
    Value::Instance(Rc::new(Instance::new(
        class,
        Rc::new(Dict::new()),
        Some(Value::Array(a)),
    )))
}

/// A new instance of `class` (`array.array` or a class deriving from it) with `a`'s items,
/// its dict empty: what `__copy__` and the reconstructor of pickles make.
fn new_of_class(interp: &mut Interpreter, class: Rc<Type>, a: Rc<Array>) -> Value {
    let v = wrap(class, a);
    if let Value::Instance(i) = &v {
        if i.class.is_class {
            interp.track(&v);
        }
    }
    v
}

/// `array.array(typecode[, initializer])`.
pub(crate) fn construct(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    refuse_keywords(interp, &args)?;
    let ty = array_type(&interp.types);
    let Value::Array(a) = new_storage(interp, args)? else {
        return Err(interp.type_error("array storage expected"));
    };
    Ok(wrap(ty, a))
}

/// `array.array` itself takes no keywords; a class deriving from it may (its `__init__`
/// reads them), and `__new__` ignores them.
pub(crate) fn refuse_keywords(interp: &mut Interpreter, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() {
        return Ok(());
    }
    Err(interp.type_error("array.array() takes no keyword arguments"))
}

/// The items `array.__new__` makes from its positional arguments, as the `base` of the new
/// instance.
pub(crate) fn new_storage(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let n = args.pos.len();
    if n == 0 {
        return Err(interp.type_error("array() takes at least 1 argument (0 given)"));
    }
    if n > 2 {
        return Err(interp.type_error(format!("array() takes at most 2 arguments ({n} given)")));
    }
    let c = match &args.pos[0] {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('\0'),
        other => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!(
                "array() argument 1 must be a unicode character, not {tn}"
            )));
        }
    };
    let Some(code) = Code::from_char(c) else {
        return Err(
            interp.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    };
    let a = Array::new(code, Vec::new());
    if let Some(init) = args.pos.get(1) {
        match init {
            Value::Str(s) => {
                if code != Code::Wchar {
                    return Err(interp.type_error(format!(
                        "cannot use a str to initialize an array with typecode '{c}'"
                    )));
                }
                let data = unicode_bytes(interp, s.as_str())?;
                *a.data.borrow_mut() = data;
            }
            other => {
                if let Some(src) = storage(other) {
                    if src.code == Code::Wchar && code != Code::Wchar {
                        return Err(interp.type_error(format!(
                            "cannot use a unicode array to initialize an array with typecode '{c}'"
                        )));
                    }
                }
                match (bytes_like(other), storage(other)) {
                    (Some(bytes), _) => methods::append_bytes(interp, &a, &bytes)?,
                    (None, Some(src)) if src.code == code => {
                        let src = src.clone();
                        methods::extend_array(interp, &a, &src)?;
                    }
                    // Any other iterable, arrays of another type code too, item by item.
                    _ => methods::extend_items(interp, &a, other)?,
                }
            }
        }
    }
    Ok(Value::Array(a))
}

/// The bytes of a bytes or bytearray initializer (other buffers are iterated, as in CPython).
fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.items.to_vec()),
        _ => crate::builtins::bytearray_bytes(v),
    }
}

/// The native bytes of `s` as items of a `u` array, charged.
fn unicode_bytes(interp: &mut Interpreter, s: &str) -> PyResult<Vec<u8>> {
    reserve(interp, s.len() as u128 * 4)?;
    Ok(s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect())
}

/// The bytes of `v` as one item of `code`, with CPython's errors: each integer code checks
/// its range as CPython's setter does, first against the C type it parses into.
pub(crate) fn encode(interp: &mut Interpreter, code: Code, v: &Value) -> PyResult<[u8; 8]> {
    if let Some(b) = encode_exact(code, v) {
        return Ok(b);
    }
    match code {
        Code::Wchar => match v {
            Value::Str(s) if s.char_len() == 1 => {
                let c = s.as_str().chars().next().unwrap_or('\0');
                Ok(encode_int(Code::U32, c as i128))
            }
            _ => Err(interp.type_error("array item must be unicode character")),
        },
        Code::F32 | Code::F64 => match interp.real_of(v)? {
            Some(x) => Ok(encode_float(code, x)),
            None => {
                let tn = interp.type_name(v);
                Err(interp.type_error(format!("must be real number, not {tn}")))
            }
        },
        _ => {
            let n = match interp.index_value(v)? {
                Value::Int(n) => n as i128,
                Value::Long(b) => {
                    i128::try_from(&*b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                        i128::MIN
                    } else {
                        i128::MAX
                    })
                }
                _ => 0,
            };
            match int_error(code, n) {
                Some(msg) => Err(interp.err("OverflowError", msg)),
                None => Ok(encode_int(code, n)),
            }
        }
    }
}

/// CPython's OverflowError message for `n` as an item of integer `code`, None when it fits.
fn int_error(code: Code, n: i128) -> Option<String> {
    const LONG: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
    let outside = |(lo, hi): (i128, i128)| n < lo || n > hi;
    // (the C type parsed into first, its name for range errors) then the item's own.
    let checks: &[((i128, i128), &str)] = match code {
        Code::I8 => &[
            ((i16::MIN.into(), i16::MAX.into()), "signed short integer"),
            ((i8::MIN.into(), i8::MAX.into()), "signed char"),
        ],
        Code::U8 => &[((0, u8::MAX.into()), "unsigned byte integer")],
        Code::I16 => &[((i16::MIN.into(), i16::MAX.into()), "signed short integer")],
        Code::U16 => &[
            ((i32::MIN.into(), i32::MAX.into()), "signed integer"),
            ((0, u16::MAX.into()), "unsigned short"),
        ],
        Code::I32 => &[((i32::MIN.into(), i32::MAX.into()), "signed integer")],
        Code::U32 | Code::ULong => {
            if n < 0 {
                return Some("can't convert negative value to unsigned int".into());
            }
            if n > u64::MAX as i128 {
                return Some("Python int too large to convert to C unsigned long".into());
            }
            if code == Code::U32 && n > u32::MAX as i128 {
                return Some("unsigned int is greater than maximum".into());
            }
            return None;
        }
        Code::Long => &[],
        Code::LongLong => return outside(LONG).then(|| "int too big to convert".into()),
        Code::ULongLong => {
            if n < 0 {
                return Some("can't convert negative int to unsigned".into());
            }
            return (n > u64::MAX as i128).then(|| "int too big to convert".into());
        }
        Code::Wchar | Code::F32 | Code::F64 => return None,
    };
    if outside(LONG) {
        return Some("Python int too large to convert to C long".into());
    }
    for &((lo, hi), name) in checks {
        if n < lo {
            return Some(format!("{name} is less than minimum"));
        }
        if n > hi {
            return Some(format!("{name} is greater than maximum"));
        }
    }
    None
}
