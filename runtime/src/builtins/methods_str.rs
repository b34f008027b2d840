//! Methods of `str`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, List, Str, Type};
use crate::value::Value;

use super::{add_method, arg_str, check_count};

pub(super) fn install(t: &Rc<Type>) {
    add_method(t, "upper", upper);
    add_method(t, "lower", lower);
    add_method(t, "strip", strip);
    add_method(t, "lstrip", lstrip);
    add_method(t, "rstrip", rstrip);
    add_method(t, "split", split);
    add_method(t, "join", join);
    add_method(t, "replace", replace);
    add_method(t, "startswith", startswith);
    add_method(t, "endswith", endswith);
    add_method(t, "find", find);
    add_method(t, "count", count);
    add_method(t, "format", format);
}

/// The `self` of a str method.
fn this(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<Str>> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object")))
        }
        None => Err(interp.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn upper(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "upper")?;
    Ok(Value::from_string(s.as_str().to_uppercase()))
}

fn lower(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "lower")?;
    Ok(Value::from_string(s.as_str().to_lowercase()))
}

fn strip_chars(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let s = arg_str(interp, v, &format!("{name} arg"))?;
            Ok(Some(s.as_str().chars().collect()))
        }
    }
}

fn strip_impl(interp: &mut Interpreter, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(interp, &args, name)?;
    let chars = strip_chars(interp, &args, name)?;
    let mut t = s.as_str();
    match chars {
        None => {
            if left {
                t = t.trim_start();
            }
            if right {
                t = t.trim_end();
            }
        }
        Some(cs) => {
            if left {
                t = t.trim_start_matches(|c| cs.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| cs.contains(&c));
            }
        }
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

fn split(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let sep_kw = args.take_kw("sep");
    let max_kw = args.take_kw("maxsplit");
    let s = this(interp, &args, "split")?;
    let sep = sep_kw.or_else(|| args.pos.get(1).cloned()).unwrap_or(Value::None);
    let maxsplit = match max_kw.or_else(|| args.pos.get(2).cloned()) {
        Some(v) => super::functions::int_arg(interp, &v)?,
        None => -1,
    };
    let parts: Vec<Value> = match sep {
        Value::None => {
            let mut out = Vec::new();
            let mut rest = s.as_str().trim_start();
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        out.push(Value::str(&rest[..i]));
                        rest = rest[i..].trim_start();
                        n += 1;
                    }
                    None => {
                        out.push(Value::str(rest));
                        break;
                    }
                }
            }
            out
        }
        Value::Str(sep) => {
            if sep.as_str().is_empty() {
                return Err(interp.value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.as_str().split(sep.as_str()).map(Value::str).collect()
            } else {
                s.as_str().splitn(maxsplit as usize + 1, sep.as_str()).map(Value::str).collect()
            }
        }
        other => {
            let tn = interp.type_name(&other);
            return Err(interp.type_error(format!("must be str or None, not {tn}")));
        }
    };
    Ok(Value::List(Rc::new(List::new(parts))))
}

fn join(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "join")?;
    check_count(interp, "join", &args, 2, 2)?;
    let items = interp.collect_iterable(&args.pos[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(s.as_str());
        }
        match item {
            Value::Str(p) => out.push_str(p.as_str()),
            other => {
                let tn = interp.type_name(other);
                return Err(interp.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
            }
        }
    }
    interp.charge(out.len() as u64)?;
    Ok(Value::from_string(out))
}

fn replace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "replace")?;
    check_count(interp, "replace", &args, 3, 4)?;
    let old = arg_str(interp, &args.pos[1], "replace() argument 1")?;
    let new = arg_str(interp, &args.pos[2], "replace() argument 2")?;
    let count = match args.pos.get(3) {
        Some(v) => super::functions::int_arg(interp, v)?,
        None => -1,
    };
    let out = if count < 0 {
        s.as_str().replace(old.as_str(), new.as_str())
    } else {
        s.as_str().replacen(old.as_str(), new.as_str(), count as usize)
    };
    Ok(Value::from_string(out))
}

fn affix(interp: &mut Interpreter, args: Args, name: &str, start: bool) -> PyResult<Value> {
    let s = this(interp, &args, name)?;
    check_count(interp, name, &args, 2, 4)?;
    let text = s.as_str();
    let test = |p: &str| if start { text.starts_with(p) } else { text.ends_with(p) };
    match &args.pos[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        let tn = interp.type_name(other);
                        return Err(interp.type_error(format!("tuple for {name} must only contain str, not {tn}")));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = interp.type_name(other);
            Err(interp.type_error(format!("{name} first arg must be str or a tuple of str, not {tn}")))
        }
    }
}

fn startswith(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    affix(interp, args, "startswith", true)
}

fn endswith(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    affix(interp, args, "endswith", false)
}

fn find(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "find")?;
    check_count(interp, "find", &args, 2, 4)?;
    let sub = arg_str(interp, &args.pos[1], "find() argument")?;
    Ok(Value::Int(match s.as_str().find(sub.as_str()) {
        Some(b) => s.as_str()[..b].chars().count() as i64,
        None => -1,
    }))
}

fn count(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "count")?;
    check_count(interp, "count", &args, 2, 4)?;
    let sub = arg_str(interp, &args.pos[1], "count() argument")?;
    if sub.as_str().is_empty() {
        return Ok(Value::Int(s.char_len() as i64 + 1));
    }
    Ok(Value::Int(s.as_str().matches(sub.as_str()).count() as i64))
}

fn format(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "format")?;
    let _ = s;
    Err(interp.err("NotImplementedError", "str.format is not implemented yet"))
}
