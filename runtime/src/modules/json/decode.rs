//! JSON decoding with CPython's scanner rules and JSONDecodeError messages (the position of
//! each error as CPython reports it), the parse_* and object hooks, and NaN/Infinity.
//! Positions are scanned in bytes and reported in characters, as Python counts them.

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, Dict, List};
use crate::value::Value;

struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    /// The document as a Python value, passed to JSONDecodeError.
    doc: Value,
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    err_cls: Value,
    depth: usize,
    max_depth: usize,
}

/// `_decode(s, idx, full, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, JSONDecodeError)`: with `full`, the value of the whole document (white
/// space around it allowed); otherwise `(value, end)` for the value starting at `idx`.
pub(super) fn decode(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let [doc, idx, full, strict, object_hook, pairs_hook, parse_float, parse_int, parse_constant, err_cls] =
        <[Value; 10]>::try_from(args.pos.into_vec())
            .map_err(|_| interp.type_error("_decode() takes 10 arguments"))?;
    // A str subclass decodes as the str it wraps.
    let doc = match &doc {
        Value::Instance(i) if matches!(i.base, Some(Value::Str(_))) => {
            i.base.clone().unwrap_or(Value::None)
        }
        _ => doc,
    };
    let Value::Str(text) = &doc else {
        let tn = interp.type_name(&doc);
        return Err(interp.type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {tn}"
        )));
    };
    let text = text.clone();
    let s = text.as_str();
    let mut d = Decoder {
        s,
        b: s.as_bytes(),
        doc: doc.clone(),
        strict: interp.truthy(&strict)?,
        object_hook,
        pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        err_cls,
        depth: 0,
        max_depth: super::depth_limit(interp),
    };
    let start_char = interp.to_index(&idx)?;
    if start_char < 0 {
        return Err(interp.value_error("idx cannot be negative"));
    }
    let start = match s.char_indices().nth(start_char as usize) {
        Some((i, _)) => i,
        None => s.len() + (start_char as usize - s.chars().count()),
    };
    if interp.truthy(&full)? {
        let pos = d.skip_ws(start);
        let (v, end) = d.value(interp, pos)?;
        let end = d.skip_ws(end);
        if end != d.b.len() {
            return Err(d.error(interp, "Extra data", end));
        }
        Ok(v)
    } else {
        let (v, end) = d.value(interp, start)?;
        let end = d.char_pos(end);
        Ok(Value::tuple(vec![v, Value::Int(end as i64)]))
    }
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut n = 0u32;
    for &c in b.get(..4)? {
        n = n * 16 + (c as char).to_digit(16)?;
    }
    Some(n)
}

impl Decoder<'_> {
    fn char_pos(&self, byte: usize) -> usize {
        match self.s.get(..byte) {
            Some(prefix) => prefix.chars().count(),
            None => self.s.chars().count() + byte.saturating_sub(self.s.len()),
        }
    }

    /// A JSONDecodeError for `msg` at byte offset `pos`.
    fn error(&self, interp: &mut Interpreter, msg: &str, pos: usize) -> PyErr {
        let pos = self.char_pos(pos) as i64;
        let args = Args::positional(vec![Value::str(msg), self.doc.clone(), Value::Int(pos)]);
        let exc = match interp.call_value(&self.err_cls, args) {
            Ok(v) => v,
            Err(e) => return e,
        };
        match interp.make_exception(exc) {
            Ok(e) => PyErr::Exception(e),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    }

    fn value(&mut self, interp: &mut Interpreter, i: usize) -> PyResult<(Value, usize)> {
        interp.fuel -= 1;
        if interp.fuel <= 0 {
            interp.refuel()?;
        }
        let rest = self.b.get(i..).unwrap_or(&[]);
        match rest.first() {
            None => Err(self.error(interp, "Expecting value", i)),
            Some(b'"') => {
                let (s, end) = self.string(interp, i + 1)?;
                Ok((Value::from_string(s), end))
            }
            Some(b'{') => self.nested(interp, i, true),
            Some(b'[') => self.nested(interp, i, false),
            Some(_) if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            Some(_) if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            Some(_) if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            Some(_) if rest.starts_with(b"NaN") => self.constant(interp, "NaN", f64::NAN, i),
            Some(_) if rest.starts_with(b"Infinity") => {
                self.constant(interp, "Infinity", f64::INFINITY, i)
            }
            Some(_) if rest.starts_with(b"-Infinity") => {
                self.constant(interp, "-Infinity", f64::NEG_INFINITY, i)
            }
            Some(_) => self.number(interp, i),
        }
    }

    fn constant(
        &mut self,
        interp: &mut Interpreter,
        name: &str,
        x: f64,
        i: usize,
    ) -> PyResult<(Value, usize)> {
        let v = if self.parse_constant.is_none() {
            Value::Float(x)
        } else {
            let f = self.parse_constant.clone();
            interp.call1(&f, Value::str(name))?
        };
        Ok((v, i + name.len()))
    }

    fn number(&mut self, interp: &mut Interpreter, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(self.error(interp, "Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        // An exponent needs a following character and at least one digit, or it is not
        // part of the number (CPython backtracks to before the 'e').
        if matches!(b.get(i), Some(b'e' | b'E')) && i + 1 < b.len() {
            let e_start = i;
            i += 1;
            if matches!(b.get(i), Some(b'-' | b'+')) && i + 1 < b.len() {
                i += 1;
            }
            let digits_start = i;
            while digit(i) {
                i += 1;
            }
            if i > digits_start {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = self.s.get(start..i).unwrap_or("0");
        let hook = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        if !hook.is_none() {
            let hook = hook.clone();
            return Ok((interp.call1(&hook, Value::str(text))?, i));
        }
        let v = if is_float {
            Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else if let Ok(n) = text.parse::<i64>() {
            Value::Int(n)
        } else {
            let n = crate::num::parse_int(text, 10, crate::num::DEFAULT_MAX_STR_DIGITS)
                .map_err(|e| e.into_error(text, 10))
                .map_err(|e| interp.num_error(e))?;
            Value::from_bigint(n)
        };
        Ok((v, i))
    }

    /// The string whose body starts at byte `i` (after the opening quote), and the offset
    /// after its closing quote.
    fn string(&mut self, interp: &mut Interpreter, i: usize) -> PyResult<(String, usize)> {
        let begin = i - 1;
        let b = self.b;
        let mut out = String::new();
        let mut pos = i;
        loop {
            let chunk = pos;
            while let Some(&c) = b.get(pos) {
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.strict {
                    return Err(self.error(interp, "Invalid control character at", pos));
                }
                pos += 1;
            }
            let Some(&c) = b.get(pos) else {
                return Err(self.error(interp, "Unterminated string starting at", begin));
            };
            out.push_str(self.s.get(chunk..pos).unwrap_or(""));
            if c == b'"' {
                return Ok((out, pos + 1));
            }
            pos += 1;
            let Some(&esc) = b.get(pos) else {
                return Err(self.error(interp, "Unterminated string starting at", begin));
            };
            if esc != b'u' {
                out.push(match esc {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(interp, "Invalid \\escape", pos - 1)),
                });
                pos += 1;
                continue;
            }
            pos += 1;
            let bad_u = pos - 1;
            if pos + 4 >= b.len() {
                return Err(self.error(interp, "Invalid \\uXXXX escape", bad_u));
            }
            let Some(mut cp) = hex4(&b[pos..]) else {
                return Err(self.error(interp, "Invalid \\uXXXX escape", bad_u));
            };
            pos += 4;
            if (0xd800..0xdc00).contains(&cp)
                && pos + 6 < b.len()
                && b.get(pos) == Some(&b'\\')
                && b.get(pos + 1) == Some(&b'u')
            {
                let Some(lo) = hex4(&b[pos + 2..]) else {
                    return Err(self.error(interp, "Invalid \\uXXXX escape", pos + 1));
                };
                if (0xdc00..0xe000).contains(&lo) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                    pos += 6;
                }
            }
            // A lone surrogate cannot live in a UTF-8 string: it becomes U+FFFD.
            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        }
    }

    /// An object (`is_object`) or array starting at the bracket at byte `i`.
    fn nested(
        &mut self,
        interp: &mut Interpreter,
        i: usize,
        is_object: bool,
    ) -> PyResult<(Value, usize)> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(interp.err(
                "RecursionError",
                "maximum recursion depth exceeded while decoding a JSON object from a unicode string",
            ));
        }
        let r = if is_object {
            self.object(interp, i + 1)
        } else {
            self.array(interp, i + 1)
        };
        self.depth -= 1;
        r
    }

    fn object(&mut self, interp: &mut Interpreter, i: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let mut pairs: Vec<(String, Value)> = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self.error(
                        interp,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, end) = self.string(interp, i + 1)?;
                i = self.skip_ws(end);
                if b.get(i) != Some(&b':') {
                    return Err(self.error(interp, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (val, end) = self.value(interp, i)?;
                pairs.push((key, val));
                i = self.skip_ws(end);
                if b.get(i) == Some(&b'}') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.error(interp, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if !self.pairs_hook.is_none() {
            let list: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![Value::from_string(k), v]))
                .collect();
            let hook = self.pairs_hook.clone();
            let r = interp.call1(&hook, Value::List(Rc::new(List::new(list))))?;
            return Ok((r, end));
        }
        let d = Dict::new();
        for (k, v) in pairs {
            d.set_str(&k, v);
        }
        let mut v = Value::Dict(Rc::new(d));
        if !self.object_hook.is_none() {
            let hook = self.object_hook.clone();
            v = interp.call1(&hook, v)?;
        }
        Ok((v, end))
    }

    fn array(&mut self, interp: &mut Interpreter, i: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b']') {
            loop {
                let (val, end) = self.value(interp, i)?;
                items.push(val);
                i = self.skip_ws(end);
                if b.get(i) == Some(&b']') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.error(interp, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::List(Rc::new(List::new(items))), i + 1))
    }
}
