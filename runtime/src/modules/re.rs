//! The `re` module: CPython's regular-expression syntax and semantics on a backtracking
//! engine of our own (`re/parser.rs`, `re/compile.rs`, `re/matcher.rs`) that charges the
//! interpreter's instruction fuel as it steps, under the Python-level API of CPython's re
//! (`re/re.py`: Pattern, Match, sub, split, findall, finditer, escape, error).

mod ast;
mod compile;
mod matcher;
mod parser;

use std::rc::Rc;

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, List};
use crate::value::Value;

pub(super) const FLAG_IGNORECASE: u32 = 2;
pub(super) const FLAG_LOCALE: u32 = 4;
pub(super) const FLAG_MULTILINE: u32 = 8;
pub(super) const FLAG_DOTALL: u32 = 16;
pub(super) const FLAG_UNICODE: u32 = 32;
pub(super) const FLAG_VERBOSE: u32 = 64;
pub(super) const FLAG_ASCII: u32 = 256;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("re");
    add_function(&m.dict, "_native_compile", compile_pattern);
    add_function(&m.dict, "_scan", scan);
    super::embed::run_module_source(interp, &m, include_str!("re/re.py"), "<re>")?;
    Ok(module)
}

/// The characters of a str, or of bytes read as Latin-1 (so indices stay byte offsets).
fn chars_of(interp: &mut Interpreter, v: &Value) -> PyResult<Vec<char>> {
    match v {
        Value::Str(s) => Ok(s.as_str().chars().collect()),
        Value::Bytes(b) => Ok(b.items.iter().map(|&b| b as char).collect()),
        Value::Instance(i) if matches!(i.base, Some(Value::Str(_) | Value::Bytes(_))) => {
            let base = i.base.clone().unwrap_or(Value::None);
            chars_of(interp, &base)
        }
        other => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("expected string or bytes-like object, got '{tn}'")))
        }
    }
}

fn flags_arg(interp: &mut Interpreter, v: &Value) -> PyResult<u32> {
    Ok(interp.to_index(v)? as u32)
}

/// Compiled programs by pattern, and the characters of the last string scanned: `re.py` calls
/// `_scan` once per search with the pattern's source, so each call would otherwise parse and
/// compile it again, and copy the whole subject string (a loop of searches from successive
/// positions would copy it once per match).
#[derive(Default)]
pub(crate) struct Cache {
    programs: std::collections::HashMap<ProgramKey, Rc<(compile::Program, usize)>>,
    text: Option<(Value, Rc<[char]>)>,
}

/// A pattern as the cache knows it: is bytes, its characters, its flags, anchored at the end.
type ProgramKey = (bool, Rc<[char]>, u32, bool);

/// Patterns kept compiled; the cache is emptied when it reaches this many (as CPython's re).
const MAX_PROGRAMS: usize = 512;

/// The compiled program of `pattern` with `flags` (anchored at the end for fullmatch), from
/// the cache or compiled now.
fn compiled(
    interp: &mut Interpreter,
    pattern: &Value,
    flags: u32,
    full: bool,
) -> PyResult<Rc<(compile::Program, usize)>> {
    let is_bytes = matches!(pattern, Value::Bytes(_));
    let chars: Rc<[char]> = chars_of(interp, pattern)?.into();
    let key = (is_bytes, chars, flags, full);
    if let Some(p) = interp.regex_cache.programs.get(&key) {
        return Ok(p.clone());
    }
    let program = parser::parse(&key.1, flags)
        .and_then(|p| compile::compile(&p.node, p.groups, full).map(|c| (c, p.groups)));
    let program = match program {
        Ok(p) => Rc::new(p),
        Err(e) => return Err(interp.value_error(e.msg)),
    };
    let cache = &mut interp.regex_cache.programs;
    if cache.len() >= MAX_PROGRAMS {
        cache.clear();
    }
    cache.insert(key, program.clone());
    Ok(program)
}

/// The characters of the subject `v`, reused when it is the string scanned last (the cache
/// holds a reference to it, so the same address is the same immutable string).
fn text_of(interp: &mut Interpreter, v: &Value) -> PyResult<Rc<[char]>> {
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b),
        (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    if let Some((last, chars)) = &interp.regex_cache.text {
        if same(last, v) {
            return Ok(chars.clone());
        }
    }
    let chars: Rc<[char]> = chars_of(interp, v)?.into();
    if matches!(v, Value::Str(_) | Value::Bytes(_)) {
        interp.regex_cache.text = Some((v.clone(), chars.clone()));
    }
    Ok(chars)
}

/// `_compile(pattern, flags)`: `(groups, [(name, index), ...])`, or `(None, message,
/// position)` for a pattern that does not parse.
fn compile_pattern(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_compile", &args, 2, 2)?;
    let pattern = chars_of(interp, &args.pos[0])?;
    let flags = flags_arg(interp, &args.pos[1])?;
    let parsed = parser::parse(&pattern, flags)
        .and_then(|p| compile::compile(&p.node, p.groups, false).map(|_| p));
    Ok(match parsed {
        Ok(p) => {
            let names: Vec<Value> = p
                .names
                .iter()
                .map(|(n, g)| Value::tuple(vec![Value::str(n), Value::Int(*g as i64)]))
                .collect();
            Value::tuple(vec![
                Value::Int(p.groups as i64),
                Value::List(Rc::new(List::new(names))),
                Value::Int(p.flags as i64),
            ])
        }
        Err(e) => Value::tuple(vec![
            Value::None,
            Value::from_string(e.msg),
            e.pos.map_or(Value::None, |p| Value::Int(p as i64)),
        ]),
    })
}

/// `_scan(pattern, flags, string, pos, endpos, mode, count)`: up to `count` successive
/// matches (0: all) as `(spans, lastindex)`, where `spans` holds a start and an end per
/// group (-1 when unset). Mode 0 anchors at `pos` (match), 1 also at the end (fullmatch),
/// 2 searches; successive matches follow CPython's rule for empty matches.
fn scan(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_scan", &args, 7, 7)?;
    let mismatch = match (&args.pos[0], &args.pos[2]) {
        (Value::Str(_), Value::Bytes(_)) => {
            Some("cannot use a string pattern on a bytes-like object")
        }
        (Value::Bytes(_), Value::Str(_)) => {
            Some("cannot use a bytes pattern on a string-like object")
        }
        _ => None,
    };
    if let Some(msg) = mismatch {
        return Err(interp.type_error(msg));
    }
    let flags = flags_arg(interp, &args.pos[1])?;
    let mode = interp.to_index(&args.pos[5])?;
    let compiled = compiled(interp, &args.pos[0], flags, mode == 1)?;
    let (program, groups) = (&compiled.0, compiled.1);
    let text = text_of(interp, &args.pos[2])?;
    let len = text.len() as i64;
    let clamp = |i: i64| i.clamp(0, len) as usize;
    let pos = clamp(interp.to_index(&args.pos[3])?);
    let endpos = clamp(interp.to_index(&args.pos[4])?);
    let count = interp.to_index(&args.pos[6])?.max(0) as usize;
    let m = matcher::Matcher {
        prog: program,
        text: &text,
        end: endpos,
    };
    let mut out = Vec::new();
    let mut start = pos;
    let mut must_advance = false;
    if pos > endpos {
        return Ok(Value::List(Rc::new(List::new(out))));
    }
    loop {
        let Some(slots) = m.search(interp, start, mode != 2, must_advance)? else {
            break;
        };
        let spans: Vec<Value> = slots
            .iter()
            .take(2 * (groups + 1))
            .map(|&s| Value::Int(s as i64))
            .collect();
        let last = match slots.get(program.last_index_slot) {
            Some(&g) if g > 0 => Value::Int(g as i64),
            _ => Value::None,
        };
        out.push(Value::tuple(vec![Value::tuple(spans), last]));
        let (b, e) = (slots.first().copied(), slots.get(1).copied());
        let (Some(b), Some(e)) = (b, e) else { break };
        if mode != 2 || (count != 0 && out.len() >= count) {
            break;
        }
        must_advance = e == b;
        start = e.max(0) as usize;
        if start > endpos {
            break;
        }
    }
    Ok(Value::List(Rc::new(List::new(out))))
}
