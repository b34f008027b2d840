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
use crate::object::{Args, Dict, Instance, List, Tuple};
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
    add_function(&m.dict, "_match", match_object);
    add_function(&m.dict, "_subn", subn);
    add_function(&m.dict, "_findall", findall);
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
    programs: std::collections::HashMap<ProgramKey, Rc<Compiled>>,
    /// The same programs by the address of the pattern string they were compiled from (kept
    /// alive beside them, so that an address names one string): a `Pattern` passes the same
    /// string on every call, and this finds its program without copying and hashing it.
    by_address: std::collections::HashMap<(usize, u32, bool), (Value, Rc<Compiled>)>,
    text: Option<(Value, Rc<[char]>)>,
}

/// A compiled program and its number of groups.
type Compiled = (compile::Program, usize);

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
) -> PyResult<Rc<Compiled>> {
    let address = match pattern {
        Value::Str(s) => Some(Rc::as_ptr(s) as *const u8 as usize),
        Value::Bytes(b) => Some(Rc::as_ptr(b) as *const u8 as usize),
        _ => None,
    };
    if let Some(address) = address {
        if let Some((_, p)) = interp.regex_cache.by_address.get(&(address, flags, full)) {
            return Ok(p.clone());
        }
    }
    let program = compiled_by_text(interp, pattern, flags, full)?;
    if let Some(address) = address {
        let cache = &mut interp.regex_cache.by_address;
        if cache.len() >= MAX_PROGRAMS {
            cache.clear();
        }
        cache.insert((address, flags, full), (pattern.clone(), program.clone()));
    }
    Ok(program)
}

/// The compiled program of `pattern`, found by its text or compiled now.
fn compiled_by_text(
    interp: &mut Interpreter,
    pattern: &Value,
    flags: u32,
    full: bool,
) -> PyResult<Rc<Compiled>> {
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

/// A pattern's program and its subject's characters, checked for a str pattern on bytes and
/// the reverse, with `pos` and `endpos` clamped to the subject.
struct Subject {
    compiled: Rc<Compiled>,
    text: Rc<[char]>,
    pos: usize,
    endpos: usize,
}

fn subject(
    interp: &mut Interpreter,
    pattern: &Value,
    flags: &Value,
    string: &Value,
    pos: &Value,
    endpos: &Value,
    mode: i64,
) -> PyResult<Subject> {
    let mismatch = match (pattern, string) {
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
    let flags = flags_arg(interp, flags)?;
    let compiled = compiled(interp, pattern, flags, mode == 1)?;
    let text = text_of(interp, string)?;
    let len = text.len() as i64;
    let clamp = |i: i64| i.clamp(0, len) as usize;
    let pos = clamp(interp.to_index(pos)?);
    let endpos = clamp(interp.to_index(endpos)?);
    Ok(Subject {
        compiled,
        text,
        pos,
        endpos,
    })
}

impl Subject {
    /// Calls `each` with the slots of up to `count` successive matches (0: all): mode 0
    /// anchors at `pos` (match), 1 also at the end (fullmatch), 2 searches; successive
    /// matches follow CPython's rule for empty matches. Returns how many there were.
    fn scan(
        &self,
        interp: &mut Interpreter,
        mode: i64,
        count: usize,
        mut each: impl FnMut(&mut Interpreter, &[isize]) -> PyResult<()>,
    ) -> PyResult<usize> {
        let m = matcher::Matcher {
            prog: &self.compiled.0,
            text: &self.text,
            end: self.endpos,
        };
        let mut found = 0;
        let mut start = self.pos;
        let mut must_advance = false;
        if self.pos > self.endpos {
            return Ok(0);
        }
        loop {
            let Some(slots) = m.search(interp, start, mode != 2, must_advance)? else {
                break;
            };
            each(interp, &slots)?;
            found += 1;
            let (b, e) = (slots.first().copied(), slots.get(1).copied());
            let (Some(b), Some(e)) = (b, e) else { break };
            if mode != 2 || (count != 0 && found >= count) {
                break;
            }
            must_advance = e == b;
            start = e.max(0) as usize;
            if start > self.endpos {
                break;
            }
        }
        Ok(found)
    }

    fn groups(&self) -> usize {
        self.compiled.1
    }

    /// The group spans of a match's slots: a start and an end per group, -1 when unset.
    fn spans(&self, slots: &[isize]) -> Value {
        Value::tuple(
            slots
                .iter()
                .take(2 * (self.groups() + 1))
                .map(|&s| Value::Int(s as i64))
                .collect(),
        )
    }

    /// The match's `lastindex`.
    fn last_index(&self, slots: &[isize]) -> Value {
        match slots.get(self.compiled.0.last_index_slot) {
            Some(&g) if g > 0 => Value::Int(g as i64),
            _ => Value::None,
        }
    }
}

/// The text of group `g` of a match (None for a group that did not take part), from the
/// subject's characters, as str or (for bytes, whose characters are Latin-1) bytes.
fn group_text(text: &[char], slots: &[isize], g: usize, is_bytes: bool) -> Option<Value> {
    let (s, e) = (*slots.get(2 * g)?, *slots.get(2 * g + 1)?);
    if s < 0 || e < s {
        return None;
    }
    Some(slice_value(&text[s as usize..e as usize], is_bytes))
}

fn slice_value(chars: &[char], is_bytes: bool) -> Value {
    if is_bytes {
        Value::Bytes(Rc::new(Tuple::new(
            chars.iter().map(|&c| c as u8).collect(),
        )))
    } else {
        Value::from_string(chars.iter().collect())
    }
}

/// `_scan(pattern, flags, string, pos, endpos, mode, count)`: up to `count` successive
/// matches (0: all) as `(spans, lastindex)`, where `spans` holds a start and an end per
/// group (-1 when unset).
fn scan(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_scan", &args, 7, 7)?;
    let mode = interp.to_index(&args.pos[5])?;
    let subject = subject(
        interp,
        &args.pos[0],
        &args.pos[1],
        &args.pos[2],
        &args.pos[3],
        &args.pos[4],
        mode,
    )?;
    let count = interp.to_index(&args.pos[6])?.max(0) as usize;
    let mut out = Vec::new();
    subject.scan(interp, mode, count, |_, slots| {
        out.push(Value::tuple(vec![
            subject.spans(slots),
            subject.last_index(slots),
        ]));
        Ok(())
    })?;
    Ok(Value::List(Rc::new(List::new(out))))
}

/// The `pattern` and `flags` attributes of a `Pattern` object.
fn pattern_source(interp: &mut Interpreter, p: &Value) -> PyResult<(Value, Value)> {
    if let Value::Instance(i) = p {
        if let (Some(source), Some(flags)) = (i.dict.get_str("pattern"), i.dict.get_str("flags")) {
            return Ok((source, flags));
        }
    }
    Err(interp.type_error("expected a compiled pattern"))
}

/// `_match(Match, pattern, string, pos, endpos, mode)`: the first match of the `Pattern`
/// object as an instance of `Match` (made here, with the attributes its methods read), or
/// None. Mode as `_scan`'s.
fn match_object(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_match", &args, 6, 6)?;
    let Value::Type(class) = &args.pos[0] else {
        return Err(interp.type_error("_match() needs the Match class"));
    };
    let (source, flags) = pattern_source(interp, &args.pos[1])?;
    let mode = interp.to_index(&args.pos[5])?;
    let string = &args.pos[2];
    let subject = subject(
        interp,
        &source,
        &flags,
        string,
        &args.pos[3],
        &args.pos[4],
        mode,
    )?;
    let mut found = None;
    subject.scan(interp, mode, 1, |_, slots| {
        found = Some((subject.spans(slots), subject.last_index(slots)));
        Ok(())
    })?;
    let Some((spans, last)) = found else {
        return Ok(Value::None);
    };
    let d = Dict::new();
    d.set_str("re", args.pos[1].clone());
    d.set_str("string", string.clone());
    d.set_str("pos", Value::Int(subject.pos as i64));
    d.set_str("endpos", Value::Int(subject.endpos as i64));
    d.set_str("_spans", spans);
    d.set_str("lastindex", last);
    let inst = Rc::new(Instance::new(class.clone(), Rc::new(d), None));
    interp.gc.track_finalizable(&inst);
    Ok(Value::Instance(inst))
}

/// `_subn(pattern, flags, string, count, template)`: `(result, n)` for `sub` with a
/// replacement given as a list of literal pieces (str or bytes, as the subject) and group
/// numbers, as `_parse_template` makes it.
fn subn(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_subn", &args, 5, 5)?;
    let string = &args.pos[2];
    let subject = subject(
        interp,
        &args.pos[0],
        &args.pos[1],
        string,
        &Value::Int(0),
        &Value::Int(i64::MAX),
        2,
    )?;
    let count = interp.to_index(&args.pos[3])?;
    let Value::List(template) = &args.pos[4] else {
        return Err(interp.type_error("_subn() needs a template list"));
    };
    let template = template.borrow().clone();
    let is_bytes = matches!(string, Value::Bytes(_));
    let text = subject.text.clone();
    if count < 0 {
        return Ok(Value::tuple(vec![string.clone(), Value::Int(0)]));
    }
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    let mut last = 0usize;
    // How many pieces CPython's join would have been given so far: its error for a literal
    // of the other kind names the piece.
    let mut pieces = 0usize;
    let n = subject.scan(interp, 2, count as usize, |interp, slots| {
        let (s, e) = (slots[0].max(0) as usize, slots[1].max(0) as usize);
        let before = out.len();
        if last < s {
            out.extend_from_slice(&text[last..s]);
            pieces += 1;
        }
        for piece in &template {
            match piece {
                Value::Int(g) => {
                    let span = usize::try_from(*g)
                        .ok()
                        .filter(|&g| g <= subject.groups())
                        .and_then(|g| Some((*slots.get(2 * g)?, *slots.get(2 * g + 1)?)));
                    match span {
                        Some((gs, ge)) if gs >= 0 && ge >= gs => {
                            out.extend_from_slice(&text[gs as usize..ge as usize]);
                        }
                        Some(_) => {}
                        None => return Err(interp.err("IndexError", "no such group")),
                    }
                }
                Value::Str(p) if !is_bytes => out.extend(p.as_str().chars()),
                Value::Bytes(b) if is_bytes => out.extend(b.items.iter().map(|&b| b as char)),
                _ if is_bytes => {
                    return Err(interp.type_error(format!(
                        "sequence item {pieces}: expected a bytes-like object, str found"
                    )))
                }
                _ => {
                    return Err(interp.type_error(format!(
                        "sequence item {pieces}: expected str instance, bytes found"
                    )))
                }
            }
        }
        pieces += 1;
        // The result grows by what this match added (4 bytes a character while it is built).
        interp.charge((out.len() - before) as u64 * 4)?;
        last = e;
        Ok(())
    })?;
    if n == 0 {
        return Ok(Value::tuple(vec![string.clone(), Value::Int(0)]));
    }
    if last < text.len() {
        out.extend_from_slice(&text[last..]);
    }
    Ok(Value::tuple(vec![
        slice_value(&out, is_bytes),
        Value::Int(n as i64),
    ]))
}

/// `_findall(pattern, flags, string, pos, endpos)`: `findall`'s list: the whole matches for
/// a pattern without groups, group 1 for one group, a tuple of the groups for more (an
/// unmatched group as an empty string).
fn findall(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_findall", &args, 5, 5)?;
    let string = &args.pos[2];
    let subject = subject(
        interp,
        &args.pos[0],
        &args.pos[1],
        string,
        &args.pos[3],
        &args.pos[4],
        2,
    )?;
    let is_bytes = matches!(string, Value::Bytes(_));
    let groups = subject.groups();
    let text = subject.text.clone();
    let get = |slots: &[isize], g: usize| {
        group_text(&text, slots, g, is_bytes).unwrap_or_else(|| slice_value(&[], is_bytes))
    };
    let mut out = Vec::new();
    subject.scan(interp, 2, 0, |_, slots| {
        out.push(match groups {
            0 => get(slots, 0),
            1 => get(slots, 1),
            _ => Value::tuple((1..=groups).map(|g| get(slots, g)).collect()),
        });
        Ok(())
    })?;
    Ok(Value::List(Rc::new(List::new(out))))
}
