//! Methods of `bytes` that map or classify bytes: ASCII case conversions, the `is...`
//! predicates, padding (`center`, `ljust`, `rjust`, `zfill`, `expandtabs`), `splitlines`,
//! and `translate`/`maketrans`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, List, Tuple};
use crate::value::Value;

use super::add_method;
use super::methods_args::{add_static, check, check_in, parse_kw, ssize_arg, Conv, KwSpec};
use super::methods_bytes::{buffer_arg, bytes_self, is_space, new_bytes};

pub(super) fn install(types: &Types) {
    let t = &types.bytes;
    add_method(t, "lower", lower);
    add_method(t, "upper", upper);
    add_method(t, "swapcase", swapcase);
    add_method(t, "capitalize", capitalize);
    add_method(t, "title", title);
    add_method(t, "isalnum", isalnum);
    add_method(t, "isalpha", isalpha);
    add_method(t, "isascii", isascii);
    add_method(t, "isdigit", isdigit);
    add_method(t, "islower", islower);
    add_method(t, "isupper", isupper);
    add_method(t, "isspace", isspace);
    add_method(t, "istitle", istitle);
    add_method(t, "center", center);
    add_method(t, "ljust", ljust);
    add_method(t, "rjust", rjust);
    add_method(t, "zfill", zfill);
    add_method(t, "expandtabs", expandtabs);
    add_method(t, "splitlines", splitlines);
    add_method(t, "translate", translate);
    add_static(types, t, "maketrans", maketrans);
}

fn noargs_self(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<Tuple<u8>>> {
    let b = bytes_self(interp, args, name)?;
    check_in(interp, "bytes", name, args, Conv::NoArgs)?;
    Ok(b)
}

fn map_bytes(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    f: fn(usize, u8, Option<u8>) -> u8,
) -> PyResult<Value> {
    let b = noargs_self(interp, &args, name)?;
    let data: &[u8] = &b.items;
    let out = data
        .iter()
        .enumerate()
        .map(|(i, &c)| f(i, c, i.checked_sub(1).map(|j| data[j])))
        .collect();
    new_bytes(interp, out)
}

fn lower(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    map_bytes(interp, args, "lower", |_, c, _| c.to_ascii_lowercase())
}

fn upper(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    map_bytes(interp, args, "upper", |_, c, _| c.to_ascii_uppercase())
}

fn swapcase(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    map_bytes(interp, args, "swapcase", |_, c, _| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}

fn capitalize(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    map_bytes(interp, args, "capitalize", |i, c, _| {
        if i == 0 {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        }
    })
}

fn title(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = noargs_self(interp, &args, "title")?;
    let mut previous_is_cased = false;
    let mut out = Vec::with_capacity(b.len());
    for &c in b.items.iter() {
        out.push(if previous_is_cased {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        });
        previous_is_cased = c.is_ascii_alphabetic();
    }
    new_bytes(interp, out)
}

fn all_bytes(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    test: fn(&u8) -> bool,
) -> PyResult<Value> {
    let b = noargs_self(interp, &args, name)?;
    Ok(Value::Bool(!b.is_empty() && b.items.iter().all(test)))
}

fn isalnum(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_bytes(interp, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isalpha(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_bytes(interp, args, "isalpha", u8::is_ascii_alphabetic)
}

fn isdigit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_bytes(interp, args, "isdigit", u8::is_ascii_digit)
}

fn isspace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_bytes(interp, args, "isspace", |&c| is_space(c))
}

fn isascii(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = noargs_self(interp, &args, "isascii")?;
    Ok(Value::Bool(b.items.is_ascii()))
}

fn islower(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = noargs_self(interp, &args, "islower")?;
    let items: &[u8] = &b.items;
    Ok(Value::Bool(
        items.iter().any(u8::is_ascii_lowercase) && !items.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = noargs_self(interp, &args, "isupper")?;
    let items: &[u8] = &b.items;
    Ok(Value::Bool(
        items.iter().any(u8::is_ascii_uppercase) && !items.iter().any(u8::is_ascii_lowercase),
    ))
}

fn istitle(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = noargs_self(interp, &args, "istitle")?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for &c in b.items.iter() {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return Ok(Value::Bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return Ok(Value::Bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// The receiver, width and fill byte of `center`, `ljust` and `rjust`.
fn pad_args(
    interp: &mut Interpreter,
    args: &Args,
    name: &str,
) -> PyResult<(Rc<Tuple<u8>>, i64, u8)> {
    let b = bytes_self(interp, args, name)?;
    check_in(interp, "bytes", name, args, Conv::Clinic(1, 2))?;
    let width = ssize_arg(interp, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(Value::Bytes(f)) if f.len() == 1 => f.items[0],
        Some(other) => {
            let tn = super::methods_args::clinic_type_name(interp, other);
            return Err(interp.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {tn}"
            )));
        }
    };
    Ok((b, width, fill))
}

fn pad(
    interp: &mut Interpreter,
    b: &Rc<Tuple<u8>>,
    width: i64,
    fill: u8,
    left_of: impl Fn(usize) -> usize,
) -> PyResult<Value> {
    let len = b.len() as i64;
    if width <= len {
        return Ok(Value::Bytes(b.clone()));
    }
    let marg = (width - len) as usize;
    interp.check_alloc(width as u128)?;
    let left = left_of(marg);
    let mut out = Vec::with_capacity(width as usize);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(&b.items);
    out.extend(std::iter::repeat_n(fill, marg - left));
    new_bytes(interp, out)
}

fn center(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(interp, &args, "center")?;
    pad(interp, &b, width, fill, |marg| {
        marg / 2 + (marg & width as usize & 1)
    })
}

fn ljust(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(interp, &args, "ljust")?;
    pad(interp, &b, width, fill, |_| 0)
}

fn rjust(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (b, width, fill) = pad_args(interp, &args, "rjust")?;
    pad(interp, &b, width, fill, |marg| marg)
}

fn zfill(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = bytes_self(interp, &args, "zfill")?;
    check(interp, "bytes.zfill", &args, Conv::One)?;
    let width = ssize_arg(interp, &args.pos[1])?;
    let len = b.len() as i64;
    if width <= len {
        return Ok(Value::Bytes(b));
    }
    interp.check_alloc(width as u128)?;
    let data: &[u8] = &b.items;
    let (sign, rest) = match data.first() {
        Some(b'+' | b'-') => data.split_at(1),
        _ => (&data[..0], data),
    };
    let mut out = Vec::with_capacity(width as usize);
    out.extend_from_slice(sign);
    out.extend(std::iter::repeat_n(b'0', (width - len) as usize));
    out.extend_from_slice(rest);
    new_bytes(interp, out)
}

fn expandtabs(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = bytes_self(interp, &args, "expandtabs")?;
    let spec = KwSpec {
        fname: "expandtabs",
        names: &["tabsize"],
        posonly: 0,
        maxpos: 1,
        required: 0,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let tabsize = match &vals[0] {
        Some(v) => super::methods_num::c_int_arg(interp, v)? as i64,
        None => 8,
    };
    // Bytes map one-to-one to chars below 256 and back.
    let chars = b.items.iter().map(|&c| c as char);
    let out = super::methods_str_case::expand_tabs(interp, chars, tabsize)?;
    new_bytes(interp, out.chars().map(|c| c as u32 as u8).collect())
}

fn splitlines(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = bytes_self(interp, &args, "splitlines")?;
    let spec = KwSpec {
        fname: "splitlines",
        names: &["keepends"],
        posonly: 0,
        maxpos: 1,
        required: 0,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let keepends = match &vals[0] {
        Some(v) => super::methods_num::c_int_arg(interp, v)? != 0,
        None => false,
    };
    let data: &[u8] = &b.items;
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let c = data[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let brk_end = if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        let line = &data[start..if keepends { brk_end } else { i }];
        out.push(Value::Bytes(Rc::new(Tuple::new(line.to_vec()))));
        start = brk_end;
        i = brk_end;
    }
    if start < data.len() {
        out.push(Value::Bytes(Rc::new(Tuple::new(data[start..].to_vec()))));
    }
    Ok(Value::List(Rc::new(List::new(out))))
}

fn translate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = bytes_self(interp, &args, "translate")?;
    let spec = KwSpec {
        fname: "translate",
        names: &["table", "delete"],
        posonly: 1,
        maxpos: 2,
        required: 1,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let table = match &vals[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = buffer_arg(interp, v)?;
            if t.len() != 256 {
                return Err(interp.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &vals[1] {
        Some(v) => buffer_arg(interp, v)?.items.to_vec(),
        None => Vec::new(),
    };
    let out = b
        .items
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t.items[c as usize]))
        .collect();
    new_bytes(interp, out)
}

/// `bytes.maketrans(frm, to)`, a static method: a 256-byte table mapping `frm` to `to`.
fn maketrans(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let mut counted = Args {
        pos: vec![Value::None].into(),
        kw: args.kw,
    };
    counted.pos.extend(args.pos.iter().cloned());
    check(interp, "bytes.maketrans", &counted, Conv::Clinic(2, 2))?;
    let frm = buffer_arg(interp, &args.pos[0])?;
    let to = buffer_arg(interp, &args.pos[1])?;
    if frm.len() != to.len() {
        return Err(interp.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.items.iter().zip(to.items.iter()) {
        table[f as usize] = t;
    }
    new_bytes(interp, table)
}
