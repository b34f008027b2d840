//! Methods of `str`: searching (`find`, `count`, `startswith`...), splitting and joining,
//! stripping and replacing. Case, padding and translation live in `methods_str_case.rs`,
//! `format` in `methods_str_format.rs`, `encode` in `methods_codec.rs`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult, Types};
use crate::object::{Args, List, Str};
use crate::value::Value;

use super::add_method;
use super::methods_args::{
    adjust_range, check, check_in, parse_kw, slice_bound, ssize_arg, str_arg, str_self, Conv,
    KwSpec,
};
use super::methods_str_case;

pub(super) fn install(types: &Types) {
    let t = &types.str_;
    add_method(t, "find", find);
    add_method(t, "rfind", rfind);
    add_method(t, "index", index);
    add_method(t, "rindex", rindex);
    add_method(t, "count", count);
    add_method(t, "startswith", startswith);
    add_method(t, "endswith", endswith);
    add_method(t, "split", split);
    add_method(t, "rsplit", rsplit);
    add_method(t, "splitlines", splitlines);
    add_method(t, "partition", partition);
    add_method(t, "rpartition", rpartition);
    add_method(t, "strip", strip);
    add_method(t, "lstrip", lstrip);
    add_method(t, "rstrip", rstrip);
    add_method(t, "join", join);
    add_method(t, "replace", replace);
    add_method(t, "removeprefix", removeprefix);
    add_method(t, "removesuffix", removesuffix);
    add_method(t, "encode", super::methods_codec::str_encode);
    add_method(t, "format", super::methods_str_format::format);
    add_method(t, "format_map", super::methods_str_format::format_map);
    methods_str_case::install(types);
}

/// The number of code points in `s`.
pub(super) fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Where `sub` may be searched for in `s[start:end]`: the byte range of that slice, and its
/// start in code points. None when the slice is too short to hold `sub` (CPython's early -1).
fn search_window(
    s: &Str,
    sub_len: usize,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize, usize)> {
    let (start, end) = adjust_range(start, end, s.char_len());
    if end < start || end - start < sub_len {
        return None;
    }
    Some((s.byte_offset(start), s.byte_offset(end), start))
}

/// The receiver, the searched-for str and the optional start/end of `find`-like methods.
struct Search {
    s: Rc<Str>,
    sub: Rc<Str>,
    start: Option<i64>,
    end: Option<i64>,
}

fn search_args(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Search> {
    let s = str_self(interp, args, name)?;
    check_in(interp, "str", name, args, Conv::Tuple(1, 3))?;
    let sub = str_arg(interp, &args.pos[1], "")?;
    let start = slice_bound(interp, args.pos.get(2))?;
    let end = slice_bound(interp, args.pos.get(3))?;
    Ok(Search { s, sub, start, end })
}

/// `find`/`rfind` in code points, or None.
fn find_in(
    s: &Str,
    sub: &Str,
    start: Option<i64>,
    end: Option<i64>,
    reverse: bool,
) -> Option<usize> {
    let (bs, be, cstart) = search_window(s, sub.char_len(), start, end)?;
    let hay = &s.as_str()[bs..be];
    let found = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    }?;
    Some(cstart + char_count(&hay[..found]))
}

fn find_impl(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    reverse: bool,
    raise: bool,
) -> PyResult<Value> {
    let Search { s, sub, start, end } = search_args(interp, &args, name)?;
    match find_in(&s, &sub, start, end, reverse) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(interp.value_error("substring not found")),
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
    let Search { s, sub, start, end } = search_args(interp, &args, "count")?;
    let Some((bs, be, _)) = search_window(&s, sub.char_len(), start, end) else {
        return Ok(Value::Int(0));
    };
    let hay = &s.as_str()[bs..be];
    let n = if sub.as_str().is_empty() {
        char_count(hay) + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix(interp: &mut Interpreter, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    let s = str_self(interp, &args, name)?;
    check_in(interp, "str", name, &args, Conv::Tuple(1, 3))?;
    let start = slice_bound(interp, args.pos.get(2))?;
    let end = slice_bound(interp, args.pos.get(3))?;
    let test = |p: &Str| match search_window(&s, p.char_len(), start, end) {
        Some((bs, be, _)) => {
            let hay = &s.as_str()[bs..be];
            if at_start {
                hay.starts_with(p.as_str())
            } else {
                hay.ends_with(p.as_str())
            }
        }
        None => false,
    };
    match &args.pos[1] {
        Value::Str(p) => Ok(Value::Bool(test(p))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Str(p) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        let tn = interp.type_name(other);
                        return Err(interp.type_error(format!(
                            "tuple for {name} must only contain str, not {tn}"
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn startswith(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    affix(interp, args, "startswith", true)
}

fn endswith(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    affix(interp, args, "endswith", false)
}

fn str_list(parts: Vec<&str>) -> Value {
    Value::List(Rc::new(List::new(
        parts.into_iter().map(Value::str).collect(),
    )))
}

/// The separator and maxsplit of `split`/`rsplit` (a negative maxsplit means no limit).
fn split_args(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
) -> PyResult<(Rc<Str>, Option<Rc<Str>>, usize)> {
    let s = str_self(interp, &args, name)?;
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
        Some(Value::Str(p)) => {
            if p.as_str().is_empty() {
                return Err(interp.value_error("empty separator"));
            }
            Some(p.clone())
        }
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!("must be str or None, not {tn}")));
        }
    };
    let maxsplit = match &vals[1] {
        Some(v) => ssize_arg(interp, v)?,
        None => -1,
    };
    Ok((
        s,
        sep,
        if maxsplit < 0 {
            usize::MAX
        } else {
            maxsplit as usize
        },
    ))
}

/// Splits on runs of whitespace (Python's `isspace`), at most `max` times from the left.
pub(super) fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let is_space = crate::num::is_space;
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() >= max {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Splits on runs of whitespace, at most `max` times from the right; the parts come back
/// in left-to-right order.
pub(super) fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let is_space = crate::num::is_space;
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() >= max {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + c..]);
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn split(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(interp, args, "split")?;
    let text = s.as_str();
    interp.charge(text.len() as u64)?;
    Ok(str_list(match sep {
        None => split_whitespace(text, max),
        Some(sep) => text.splitn(max.saturating_add(1), sep.as_str()).collect(),
    }))
}

fn rsplit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(interp, args, "rsplit")?;
    let text = s.as_str();
    interp.charge(text.len() as u64)?;
    Ok(str_list(match sep {
        None => rsplit_whitespace(text, max),
        Some(sep) => {
            let mut parts: Vec<&str> = text.rsplitn(max.saturating_add(1), sep.as_str()).collect();
            parts.reverse();
            parts
        }
    }))
}

/// The line boundaries of `str.splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "splitlines")?;
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
    let text = s.as_str();
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                end += 1;
            }
        }
        out.push(&text[line_start..if keepends { end } else { i }]);
        line_start = end;
    }
    if line_start < text.len() {
        out.push(&text[line_start..]);
    }
    Ok(str_list(out))
}

fn partition_impl(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    reverse: bool,
) -> PyResult<Value> {
    let s = str_self(interp, &args, name)?;
    check_in(interp, "str", name, &args, Conv::One)?;
    let sep = str_arg(interp, &args.pos[1], "")?;
    if sep.as_str().is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    let (text, sep) = (s.as_str(), sep.as_str());
    let found = if reverse {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match found {
        Some(i) => [
            Value::str(&text[..i]),
            Value::str(sep),
            Value::str(&text[i + sep.len()..]),
        ],
        None if reverse => [Value::str(""), Value::str(""), Value::Str(s.clone())],
        None => [Value::Str(s.clone()), Value::str(""), Value::str("")],
    };
    Ok(Value::tuple(parts.to_vec()))
}

fn partition(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "partition", false)
}

fn rpartition(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "rpartition", true)
}

fn strip_impl(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = str_self(interp, &args, name)?;
    check_in(interp, "str", name, &args, Conv::Clinic(0, 1))?;
    let chars: Option<Vec<char>> = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(cs)) => Some(cs.as_str().chars().collect()),
        Some(_) => return Err(interp.type_error(format!("{name} arg must be None or str"))),
    };
    let strip_char = |c: char| match &chars {
        None => crate::num::is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut t = s.as_str();
    if left {
        t = t.trim_start_matches(strip_char);
    }
    if right {
        t = t.trim_end_matches(strip_char);
    }
    if t.len() == s.as_str().len() {
        return Ok(Value::Str(s));
    }
    Ok(Value::str(t))
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

fn join(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "join")?;
    check(interp, "str.join", &args, Conv::One)?;
    if !interp.is_iterable(&args.pos[1]) {
        return Err(interp.type_error("can only join an iterable"));
    }
    // Instances of `str` subclasses join as the strings they wrap.
    let items: Vec<Value> = interp
        .collect_iterable(&args.pos[1])?
        .into_iter()
        .map(|v| match crate::ops::builtin_base(&v) {
            Some(b @ Value::Str(_)) => b,
            _ => v,
        })
        .collect();
    let mut total = s.as_str().len() as u128 * items.len().saturating_sub(1) as u128;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(p) => total += p.as_str().len() as u128,
            other => {
                let tn = interp.type_name(other);
                return Err(interp.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    interp.check_alloc(total)?;
    let mut out = String::with_capacity(total as usize);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(s.as_str());
        }
        if let Value::Str(p) = item {
            out.push_str(p.as_str());
        }
    }
    interp.charge(out.len() as u64)?;
    Ok(Value::from_string(out))
}

fn replace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "replace")?;
    check(interp, "str.replace", &args, Conv::Clinic(2, 3))?;
    let old = str_arg(interp, &args.pos[1], "replace() argument 1")?;
    let new = str_arg(interp, &args.pos[2], "replace() argument 2")?;
    let count = match args.pos.get(3) {
        Some(v) => ssize_arg(interp, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let (text, old, new) = (s.as_str(), old.as_str(), new.as_str());
    let matches = if old.is_empty() {
        s.char_len() + 1
    } else {
        text.matches(old).count()
    }
    .min(limit);
    if matches == 0 {
        return Ok(Value::Str(s));
    }
    let size = text.len() as u128 + matches as u128 * new.len() as u128;
    interp.check_alloc(size)?;
    let out = if limit == usize::MAX {
        text.replace(old, new)
    } else {
        text.replacen(old, new, limit)
    };
    interp.charge(out.len() as u64)?;
    Ok(Value::from_string(out))
}

fn remove_affix(interp: &mut Interpreter, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let s = str_self(interp, &args, name)?;
    check_in(interp, "str", name, &args, Conv::One)?;
    let affix = str_arg(interp, &args.pos[1], &format!("{name}() argument"))?;
    let stripped = if prefix {
        s.as_str().strip_prefix(affix.as_str())
    } else {
        s.as_str().strip_suffix(affix.as_str())
    };
    match stripped {
        Some(t) if !affix.as_str().is_empty() => Ok(Value::str(t)),
        _ => Ok(Value::Str(s)),
    }
}

fn removeprefix(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    remove_affix(interp, args, "removeprefix", true)
}

fn removesuffix(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    remove_affix(interp, args, "removesuffix", false)
}
