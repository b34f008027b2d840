//! Methods of `bytes`: searching, splitting and joining, stripping, replacing, `hex` and
//! `fromhex`. Case, predicates, padding and translation live in `methods_bytes_more.rs`;
//! `decode` in `methods_codec.rs`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, List, Tuple};
use crate::value::Value;

use super::add_method;
use super::methods_args::{
    add_classmethod, adjust_range, check, check_in, parse_kw, receiver, slice_bound, ssize_arg,
    wrong_receiver, Conv, KwSpec,
};

pub(super) fn install(types: &Types) {
    let t = &types.bytes;
    add_method(t, "decode", super::methods_codec::bytes_decode);
    add_method(t, "find", find);
    add_method(t, "rfind", rfind);
    add_method(t, "index", index);
    add_method(t, "rindex", rindex);
    add_method(t, "count", count);
    add_method(t, "startswith", startswith);
    add_method(t, "endswith", endswith);
    add_method(t, "split", split);
    add_method(t, "rsplit", rsplit);
    add_method(t, "partition", partition);
    add_method(t, "rpartition", rpartition);
    add_method(t, "join", join);
    add_method(t, "replace", replace);
    add_method(t, "strip", strip);
    add_method(t, "lstrip", lstrip);
    add_method(t, "rstrip", rstrip);
    add_method(t, "removeprefix", removeprefix);
    add_method(t, "removesuffix", removesuffix);
    add_method(t, "hex", hex);
    add_classmethod(types, t, "fromhex", fromhex);
    super::methods_bytes_more::install(types);
}

/// The `self` of a bytes method.
pub(super) fn bytes_self(
    interp: &mut Interpreter,
    args: &Args,
    name: &str,
) -> PyResult<Rc<Tuple<u8>>> {
    match receiver(interp, args, "bytes", name)? {
        Value::Bytes(b) => Ok(b.clone()),
        other => {
            let other = other.clone();
            Err(wrong_receiver(interp, &other, "bytes", name))
        }
    }
}

/// A new bytes value, charged to the heap.
pub(super) fn new_bytes(interp: &mut Interpreter, data: Vec<u8>) -> PyResult<Value> {
    interp.charge(data.len() as u64)?;
    Ok(Value::Bytes(Rc::new(Tuple::new(data))))
}

/// A bytes-like argument, or "a bytes-like object is required, not 'T'".
pub(super) fn buffer_arg(interp: &mut Interpreter, v: &Value) -> PyResult<Rc<Tuple<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        other => match super::buffer_data(interp, other)? {
            Some(data) => Ok(Rc::new(Tuple::new(data))),
            None => {
                let tn = interp.type_name(other);
                Err(interp.type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
        },
    }
}

/// `bytes(obj)` for `int.from_bytes`: bytes, or an iterable of ints in range(256).
pub(super) fn bytes_of_object(interp: &mut Interpreter, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.items.to_vec()),
        Value::Str(_)
        | Value::Int(_)
        | Value::Long(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None => {
            let tn = interp.type_name(v);
            Err(interp.type_error(format!("cannot convert '{tn}' object to bytes")))
        }
        other => {
            if !interp.is_iterable(other) {
                let tn = interp.type_name(other);
                return Err(interp.type_error(format!("cannot convert '{tn}' object to bytes")));
            }
            let mut out = Vec::new();
            for item in interp.collect_iterable(other)? {
                let n = interp.to_index(&item)?;
                match u8::try_from(n) {
                    Ok(b) => out.push(b),
                    Err(_) => return Err(interp.value_error("bytes must be in range(0, 256)")),
                }
            }
            Ok(out)
        }
    }
}

/// Where `needle` first occurs in `hay`.
pub(super) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Where `needle` last occurs in `hay`.
pub(super) fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The non-overlapping occurrences of a non-empty `needle`, left to right.
fn match_positions(hay: &[u8], needle: &[u8], limit: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < limit && i + needle.len() <= hay.len() {
        match find_sub(&hay[i..], needle) {
            Some(p) => {
                out.push(i + p);
                i += p + needle.len();
            }
            None => break,
        }
    }
    out
}

/// The subsequence argument of `find`-like methods: bytes or an int in range(256).
fn sub_arg(interp: &mut Interpreter, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.items.to_vec()),
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            let n = interp.to_index(v)?;
            match u8::try_from(n) {
                Ok(b) => Ok(vec![b]),
                Err(_) => Err(interp.value_error("byte must be in range(0, 256)")),
            }
        }
        other => match super::buffer_data(interp, other)? {
            Some(data) => Ok(data),
            None => {
                let tn = interp.type_name(other);
                Err(interp.type_error(format!(
                    "argument should be integer or bytes-like object, not '{tn}'"
                )))
            }
        },
    }
}

/// The receiver, the searched-for bytes and the searched window (start and end offsets) of
/// `find`-like methods; no window when it is too short to hold `sub`.
struct Search {
    b: Rc<Tuple<u8>>,
    sub: Vec<u8>,
    window: Option<(usize, usize)>,
}

fn search_args(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Search> {
    let b = bytes_self(interp, args, name)?;
    check_in(interp, "bytes", name, args, Conv::Tuple(1, 3))?;
    let sub = sub_arg(interp, &args.pos[1])?;
    let start = slice_bound(interp, args.pos.get(2))?;
    let end = slice_bound(interp, args.pos.get(3))?;
    let (start, end) = adjust_range(start, end, b.len());
    let window = (end >= start && end - start >= sub.len()).then_some((start, end));
    Ok(Search { b, sub, window })
}

fn find_impl(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    reverse: bool,
    raise: bool,
) -> PyResult<Value> {
    let Search { b, sub, window } = search_args(interp, &args, name)?;
    let found = window.and_then(|(s, e)| {
        let hay = &b.items[s..e];
        if reverse {
            rfind_sub(hay, &sub)
        } else {
            find_sub(hay, &sub)
        }
        .map(|i| s + i)
    });
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(interp.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    find_impl(interp, args, "find", false, false)
}

fn rfind(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    find_impl(interp, args, "rfind", true, false)
}

fn index(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    find_impl(interp, args, "index", false, true)
}

fn rindex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    find_impl(interp, args, "rindex", true, true)
}

fn count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Search { b, sub, window } = search_args(interp, &args, "count")?;
    let n = match window {
        None => 0,
        Some((s, e)) if sub.is_empty() => e - s + 1,
        Some((s, e)) => match_positions(&b.items[s..e], &sub, usize::MAX).len(),
    };
    Ok(Value::Int(n as i64))
}

fn affix(interp: &mut Interpreter, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    let b = bytes_self(interp, &args, name)?;
    check_in(interp, "bytes", name, &args, Conv::Tuple(1, 3))?;
    let start = slice_bound(interp, args.pos.get(2))?;
    let end = slice_bound(interp, args.pos.get(3))?;
    let (start, end) = adjust_range(start, end, b.len());
    let test = |p: &[u8]| {
        if end < start || end - start < p.len() {
            return false;
        }
        let hay = &b.items[start..end];
        if at_start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    match &args.pos[1] {
        Value::Bytes(p) => Ok(Value::Bool(test(&p.items))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Bytes(p) => {
                        if test(&p.items) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => match super::buffer_data(interp, other)? {
                        Some(p) if test(&p) => return Ok(Value::Bool(true)),
                        Some(_) => {}
                        None => {
                            let tn = interp.type_name(other);
                            return Err(interp.type_error(format!(
                                "a bytes-like object is required, not '{tn}'"
                            )));
                        }
                    },
                }
            }
            Ok(Value::Bool(false))
        }
        other => match super::buffer_data(interp, other)? {
            Some(p) => Ok(Value::Bool(test(&p))),
            None => {
                let tn = interp.type_name(other);
                Err(interp.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {tn}"
                )))
            }
        },
    }
}

fn startswith(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    affix(interp, args, "startswith", true)
}

fn endswith(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    affix(interp, args, "endswith", false)
}

/// ASCII whitespace, as bytes methods see it.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn bytes_list(parts: Vec<&[u8]>) -> Value {
    let items = parts
        .into_iter()
        .map(|p| Value::Bytes(Rc::new(Tuple::new(p.to_vec()))))
        .collect();
    Value::List(Rc::new(List::new(items)))
}

fn split_impl(interp: &mut Interpreter, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let b = bytes_self(interp, &args, name)?;
    let spec = KwSpec {
        fname: name,
        names: &["sep", "maxsplit"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let sep = match &vals[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = buffer_arg(interp, v)?;
            if s.is_empty() {
                return Err(interp.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match &vals[1] {
        Some(v) => ssize_arg(interp, v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let data: &[u8] = &b.items;
    interp.charge(data.len() as u64)?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        None => {
            // Runs of ASCII whitespace separate; the ends are trimmed.
            let words: Vec<(usize, usize)> = {
                let mut w = Vec::new();
                let mut i = 0;
                while i < data.len() {
                    while i < data.len() && is_space(data[i]) {
                        i += 1;
                    }
                    let s = i;
                    while i < data.len() && !is_space(data[i]) {
                        i += 1;
                    }
                    if s < i {
                        w.push((s, i));
                    }
                }
                w
            };
            // Past `max` splits the remainder is kept whole, with its outer whitespace on the
            // side away from the splits.
            if words.len() <= max {
                parts.extend(words.iter().map(|&(s, e)| &data[s..e]));
            } else if reverse {
                let first_kept = words.len() - max;
                parts.push(&data[..words[first_kept - 1].1]);
                parts.extend(words[first_kept..].iter().map(|&(s, e)| &data[s..e]));
            } else {
                parts.extend(words[..max].iter().map(|&(s, e)| &data[s..e]));
                parts.push(&data[words[max].0..]);
            }
        }
        Some(sep) => {
            let sep: &[u8] = &sep.items;
            if reverse {
                let mut end = data.len();
                while parts.len() < max {
                    match rfind_sub(&data[..end], sep) {
                        Some(p) if p + sep.len() <= end => {
                            parts.push(&data[p + sep.len()..end]);
                            end = p;
                        }
                        _ => break,
                    }
                }
                parts.push(&data[..end]);
                parts.reverse();
            } else {
                let mut start = 0;
                for p in match_positions(data, sep, max) {
                    parts.push(&data[start..p]);
                    start = p + sep.len();
                }
                parts.push(&data[start..]);
            }
        }
    }
    Ok(bytes_list(parts))
}

fn split(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    split_impl(interp, args, "split", false)
}

fn rsplit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    split_impl(interp, args, "rsplit", true)
}

fn partition_impl(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let b = bytes_self(interp, &args, name)?;
    check_in(interp, "bytes", name, &args, Conv::One)?;
    let sep = buffer_arg(interp, &args.pos[1])?;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    let data: &[u8] = &b.items;
    let found = if reverse {
        rfind_sub(data, &sep.items)
    } else {
        find_sub(data, &sep.items)
    };
    let mk = |d: &[u8]| Value::Bytes(Rc::new(Tuple::new(d.to_vec())));
    let parts = match found {
        Some(i) => vec![
            mk(&data[..i]),
            Value::Bytes(sep.clone()),
            mk(&data[i + sep.len()..]),
        ],
        None if reverse => vec![mk(b""), mk(b""), Value::Bytes(b.clone())],
        None => vec![Value::Bytes(b.clone()), mk(b""), mk(b"")],
    };
    Ok(Value::tuple(parts))
}

fn partition(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "partition", false)
}

fn rpartition(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "rpartition", true)
}

fn join(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = bytes_self(interp, &args, "join")?;
    check(interp, "bytes.join", &args, Conv::One)?;
    if !interp.is_iterable(&args.pos[1]) {
        return Err(interp.type_error("can only join an iterable"));
    }
    // Bytearray items join as their bytes.
    let items: Vec<Value> = interp
        .collect_iterable(&args.pos[1])?
        .into_iter()
        .map(|v| match &v {
            Value::Bytes(_) => Ok(v),
            _ => Ok(match super::buffer_data(interp, &v)? {
                Some(data) => Value::Bytes(Rc::new(Tuple::new(data))),
                None => v,
            }),
        })
        .collect::<PyResult<_>>()?;
    let mut total = b.len() as u128 * items.len().saturating_sub(1) as u128;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Bytes(p) => total += p.len() as u128,
            other => {
                let tn = interp.type_name(other);
                return Err(interp.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {tn} found"
                )));
            }
        }
    }
    interp.check_alloc(total)?;
    let mut out = Vec::with_capacity(total as usize);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&b.items);
        }
        if let Value::Bytes(p) = item {
            out.extend_from_slice(&p.items);
        }
    }
    new_bytes(interp, out)
}

fn replace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = bytes_self(interp, &args, "replace")?;
    check(interp, "bytes.replace", &args, Conv::Clinic(2, 3))?;
    let old = buffer_arg(interp, &args.pos[1])?;
    let new = buffer_arg(interp, &args.pos[2])?;
    let count = match args.pos.get(3) {
        Some(v) => ssize_arg(interp, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let data: &[u8] = &b.items;
    let positions: Vec<usize> = if old.is_empty() {
        (0..=data.len()).take(limit).collect()
    } else {
        match_positions(data, &old.items, limit)
    };
    if positions.is_empty() {
        return Ok(Value::Bytes(b));
    }
    interp.check_alloc(data.len() as u128 + positions.len() as u128 * new.len() as u128)?;
    let mut out = Vec::new();
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&data[last..p]);
        out.extend_from_slice(&new.items);
        last = p + old.len();
        if old.is_empty() && p < data.len() {
            out.push(data[p]);
            last = p + 1;
        }
    }
    out.extend_from_slice(&data[last.min(data.len())..]);
    new_bytes(interp, out)
}

fn strip_impl(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b = bytes_self(interp, &args, name)?;
    check_in(interp, "bytes", name, &args, Conv::Clinic(0, 1))?;
    let chars: Option<Rc<Tuple<u8>>> = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(interp, v)?),
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(cs) => cs.items.contains(&c),
    };
    let data: &[u8] = &b.items;
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(data[e - 1]) {
            e -= 1;
        }
    }
    if s == 0 && e == data.len() {
        return Ok(Value::Bytes(b));
    }
    new_bytes(interp, data[s..e].to_vec())
}

fn strip(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "strip", true, true)
}

fn lstrip(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "lstrip", true, false)
}

fn rstrip(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "rstrip", false, true)
}

fn remove_affix(interp: &mut Interpreter, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let b = bytes_self(interp, &args, name)?;
    check_in(interp, "bytes", name, &args, Conv::One)?;
    let affix = buffer_arg(interp, &args.pos[1])?;
    let data: &[u8] = &b.items;
    let stripped = if prefix {
        data.strip_prefix(&*affix.items)
    } else {
        data.strip_suffix(&*affix.items)
    };
    match stripped {
        Some(rest) if !affix.is_empty() => new_bytes(interp, rest.to_vec()),
        _ => Ok(Value::Bytes(b)),
    }
}

fn removeprefix(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    remove_affix(interp, args, "removeprefix", true)
}

fn removesuffix(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    remove_affix(interp, args, "removesuffix", false)
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// `bytes.hex(sep=<unset>, bytes_per_sep=1)`: groups of `bytes_per_sep` counted from the
/// right (from the left when negative).
fn hex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = bytes_self(interp, &args, "hex")?;
    let spec = KwSpec {
        fname: "hex",
        names: &["sep", "bytes_per_sep"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let sep: Option<char> = match &vals[0] {
        None => None,
        Some(v) => {
            let text: Vec<char> = match v {
                Value::Str(s) => s.as_str().chars().collect(),
                Value::Bytes(s) => s.items.iter().map(|&c| c as char).collect(),
                other => {
                    // Any other object only gets its length asked (and found wanting).
                    super::functions::len_of(interp, other)?;
                    Vec::new()
                }
            };
            match text.as_slice() {
                [c] if c.is_ascii() => Some(*c),
                [_] => return Err(interp.value_error("sep must be ASCII.")),
                _ => return Err(interp.value_error("sep must be length 1.")),
            }
        }
    };
    let per = match &vals[1] {
        Some(v) => super::methods_num::c_int_arg(interp, v)? as i64,
        None => 1,
    };
    let data: &[u8] = &b.items;
    interp.check_alloc(data.len() as u128 * 3)?;
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, byte) in data.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = if group == 0 {
                false
            } else if per > 0 {
                i > 0 && (data.len() - i).is_multiple_of(group)
            } else {
                i > 0 && i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(HEX_DIGITS[(byte >> 4) as usize] as char);
        out.push(HEX_DIGITS[(byte & 15) as usize] as char);
    }
    interp.charge(out.len() as u64)?;
    Ok(Value::from_string(out))
}

/// `bytes.fromhex(string)`, a class method: pairs of hex digits, with whitespace allowed
/// between pairs.
pub(super) fn fromhex(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check(interp, "bytes.fromhex", &args, Conv::One)?;
    let Value::Str(s) = &args.pos[1] else {
        let tn = super::methods_args::clinic_type_name(interp, &args.pos[1]);
        return Err(interp.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    // Hex digits and ASCII whitespace are ASCII: an ASCII string is scanned as bytes, where a
    // byte's index is its character's.
    let chars: Vec<char> = if s.as_str().is_ascii() {
        Vec::new()
    } else {
        s.as_str().chars().collect()
    };
    if chars.is_empty() {
        let text = s.as_str().as_bytes();
        let mut out = Vec::with_capacity(text.len() / 2);
        let mut i = 0;
        while i < text.len() {
            let c = text[i];
            if crate::num::is_space(c as char) {
                i += 1;
                continue;
            }
            let Some(hi) = (c as char).to_digit(16) else {
                return Err(interp.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            };
            let Some(lo) = text.get(i + 1).and_then(|&c| (c as char).to_digit(16)) else {
                return Err(interp.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            };
            out.push((hi * 16 + lo) as u8);
            i += 2;
        }
        return fromhex_result(interp, &args, out);
    }
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |interp: &mut Interpreter, pos: usize| {
        interp.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if crate::num::is_space(chars[i]) && chars[i].is_ascii() {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16) else {
            return Err(bad(interp, i));
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else {
            return Err(bad(interp, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    fromhex_result(interp, &args, out)
}

/// The bytes `fromhex` made, as an instance of the class it was called on.
fn fromhex_result(interp: &mut Interpreter, args: &Args, out: Vec<u8>) -> PyResult<Value> {
    let result = new_bytes(interp, out)?;
    match &args.pos[0] {
        Value::Type(t) if !Rc::ptr_eq(t, &interp.types.bytes) => {
            let cls = args.pos[0].clone();
            interp.call1(&cls, result)
        }
        _ => Ok(result),
    }
}
