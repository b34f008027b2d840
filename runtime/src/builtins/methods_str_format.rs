//! `str.format` and `str.format_map`: CPython's replacement-field grammar (auto and manual
//! numbering, `.attr` and `[key]` lookups, `!r`/`!s`/`!a`, nested fields in the spec, `{{`
//! and `}}`), parsed and evaluated left to right so that errors come in CPython's order.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Dict};
use crate::value::Value;

use super::methods_args::{check, str_self, Conv};

/// How far nested replacement fields in a format spec may go (CPython's limit of 2).
const MAX_RECURSION: u32 = 2;

#[derive(PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Formatter<'a> {
    /// Positional arguments; None for `format_map`, which has none.
    args: Option<&'a [Value]>,
    kwargs: Value,
    numbering: Numbering,
    next_auto: i64,
}

/// `str.format(*args, **kwargs)`.
pub(super) fn format(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "format")?;
    let kwargs = Rc::new(Dict::new());
    for (k, v) in &args.kw {
        kwargs.set_str(k, v.clone());
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut f = Formatter {
        args: Some(&args.pos[1..]),
        kwargs: Value::Dict(kwargs),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let out = f.build(interp, &chars, MAX_RECURSION)?;
    interp.charge(out.len() as u64)?;
    Ok(Value::from_string(out))
}

/// `str.format_map(mapping)`.
pub(super) fn format_map(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "format_map")?;
    check(interp, "str.format_map", &args, Conv::One)?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut f = Formatter {
        args: None,
        kwargs: args.pos[1].clone(),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let out = f.build(interp, &chars, MAX_RECURSION)?;
    interp.charge(out.len() as u64)?;
    Ok(Value::from_string(out))
}

/// A field's name, conversion and spec, as character ranges of the format string.
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    spec_has_fields: bool,
}

/// The value of a run of decimal digits (any script), None when `s` is empty or not all
/// digits, or the "Too many decimal digits" error.
fn get_integer(interp: &mut Interpreter, s: &[char]) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: i64 = 0;
    for &c in s {
        let Some(d) = crate::num::decimal_value(c) else {
            return Ok(None);
        };
        n = match n.checked_mul(10).and_then(|n| n.checked_add(d as i64)) {
            Some(n) => n,
            None => return Err(interp.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(n))
}

impl Formatter<'_> {
    fn build(&mut self, interp: &mut Interpreter, s: &[char], depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(interp.value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            i += 1;
            if c != '{' && c != '}' {
                out.push(c);
                continue;
            }
            let next = s.get(i).copied();
            if c == '}' && next != Some('}') {
                return Err(interp.value_error("Single '}' encountered in format string"));
            }
            if c == '{' && next.is_none() {
                return Err(interp.value_error("Single '{' encountered in format string"));
            }
            if next == Some(c) {
                out.push(c);
                i += 1;
                continue;
            }
            let (field, after) = parse_field(interp, s, i)?;
            i = after;
            let text = self.render(interp, &field, depth)?;
            interp.check_alloc(out.len() as u128 + text.len() as u128)?;
            out.push_str(&text);
        }
        Ok(out)
    }

    /// Looks up, converts and formats one replacement field.
    fn render(&mut self, interp: &mut Interpreter, field: &Field, depth: u32) -> PyResult<String> {
        let obj = self.field_value(interp, field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => Value::from_string(interp.repr(&obj)?),
            Some('s') => Value::from_string(interp.to_str(&obj)?),
            Some('a') => Value::from_string(interp.ascii(&obj)?),
            Some(c) => {
                let n = c as u32;
                let msg = if n > 32 && n < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{n:x}")
                };
                return Err(interp.value_error(msg));
            }
        };
        let spec: String = if field.spec_has_fields {
            self.build(interp, field.spec, depth - 1)?
        } else {
            field.spec.iter().collect()
        };
        interp.format(&obj, &spec)
    }

    /// Evaluates a field name: the argument, then each `.attr` and `[key]` in turn.
    fn field_value(&mut self, interp: &mut Interpreter, name: &[char]) -> PyResult<Value> {
        let first_end = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = &name[..first_end];
        let index = get_integer(interp, first)?;
        let empty = first.is_empty();
        let mut obj = if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty {
                    Numbering::Auto
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(interp.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(interp.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            let index = match index {
                Some(i) => i,
                None => {
                    self.next_auto += 1;
                    self.next_auto - 1
                }
            };
            let Some(args) = self.args else {
                return Err(interp.value_error("Format string contains positional fields"));
            };
            match args.get(index as usize) {
                Some(v) => v.clone(),
                None => {
                    return Err(interp.err(
                        "IndexError",
                        format!("Replacement index {index} out of range for positional args tuple"),
                    ))
                }
            }
        } else {
            let key = Value::from_string(first.iter().collect());
            let kwargs = self.kwargs.clone();
            interp.get_item(&kwargs, &key)?
        };
        let mut i = first_end;
        while i < name.len() {
            let is_attr = match name[i] {
                '.' => true,
                '[' => false,
                _ => {
                    return Err(interp
                        .value_error("Only '.' or '[' may follow ']' in format field specifier"))
                }
            };
            i += 1;
            let start = i;
            let part = if is_attr {
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                &name[start..i]
            } else {
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i == name.len() {
                    return Err(interp.value_error("Missing ']' in format string"));
                }
                i += 1;
                &name[start..i - 1]
            };
            if part.is_empty() {
                return Err(interp.value_error("Empty attribute in format string"));
            }
            let text: String = part.iter().collect();
            obj = if is_attr {
                interp.get_attr(&obj, &text)?
            } else {
                let key = match get_integer(interp, part)? {
                    Some(n) => Value::Int(n),
                    None => Value::from_string(text),
                };
                interp.get_item(&obj, &key)?
            };
        }
        Ok(obj)
    }
}

/// Parses a replacement field starting just after its `{`; returns the field and the index
/// after its closing `}`.
fn parse_field<'c>(
    interp: &mut Interpreter,
    s: &'c [char],
    mut i: usize,
) -> PyResult<(Field<'c>, usize)> {
    let name_start = i;
    let mut term = None;
    while i < s.len() {
        let c = s[i];
        i += 1;
        match c {
            '{' => return Err(interp.value_error("unexpected '{' in field name")),
            '[' => {
                while i < s.len() && s[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                term = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name = &s[name_start..if term.is_some() { i - 1 } else { i }];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_has_fields: false,
    };
    match term {
        Some('}') => Ok((field, i)),
        Some(c @ ('!' | ':')) => {
            if c == '!' {
                let Some(&conv) = s.get(i) else {
                    return Err(
                        interp.value_error("end of string while looking for conversion specifier")
                    );
                };
                field.conversion = Some(conv);
                i += 1;
                if let Some(&next) = s.get(i) {
                    i += 1;
                    if next == '}' {
                        return Ok((field, i));
                    }
                    if next != ':' {
                        return Err(interp.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = i;
            let mut depth = 1;
            while i < s.len() {
                let c = s[i];
                i += 1;
                if c == '{' {
                    field.spec_has_fields = true;
                    depth += 1;
                } else if c == '}' {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &s[spec_start..i - 1];
                        return Ok((field, i));
                    }
                }
            }
            Err(interp.value_error("unmatched '{' in format spec"))
        }
        _ => Err(interp.value_error("expected '}' before end of string")),
    }
}
