//! Methods of `str` that map characters: case conversions, the `is...` predicates, padding
//! (`center`, `ljust`, `rjust`, `zfill`, `expandtabs`) and `translate`/`maketrans`.

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult, Types};
use crate::object::{Args, Dict, Str};
use crate::value::Value;

use super::add_method;
use super::methods_args::{
    add_static, check, check_in, parse_kw, ssize_arg, str_self, Conv, KwSpec,
};
use super::methods_str_unicode as uni;

pub(super) fn install(types: &Types) {
    let t = &types.str_;
    add_method(t, "lower", lower);
    add_method(t, "upper", upper);
    add_method(t, "casefold", casefold);
    add_method(t, "swapcase", swapcase);
    add_method(t, "capitalize", capitalize);
    add_method(t, "title", title);
    add_method(t, "isalnum", isalnum);
    add_method(t, "isalpha", isalpha);
    add_method(t, "isascii", isascii);
    add_method(t, "isdecimal", isdecimal);
    add_method(t, "isdigit", isdigit);
    add_method(t, "isnumeric", isnumeric);
    add_method(t, "isidentifier", isidentifier);
    add_method(t, "islower", islower);
    add_method(t, "isupper", isupper);
    add_method(t, "istitle", istitle);
    add_method(t, "isspace", isspace);
    add_method(t, "isprintable", isprintable);
    add_method(t, "center", center);
    add_method(t, "ljust", ljust);
    add_method(t, "rjust", rjust);
    add_method(t, "zfill", zfill);
    add_method(t, "expandtabs", expandtabs);
    add_method(t, "translate", translate);
    // `str.maketrans` is a static method: looked up on the type or an instance, it gets
    // only the arguments of the call.
    add_static(types, t, "maketrans", maketrans);
}

/// The receiver of a method taking no arguments.
fn noargs_self(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Rc<Str>> {
    let s = str_self(interp, args, name)?;
    check_in(interp, "str", name, args, Conv::NoArgs)?;
    Ok(s)
}

/// Builds a mapped string, charging it to the heap.
fn finish(interp: &mut Interpreter, out: String) -> PyResult<Value> {
    interp.charge(out.len() as u64)?;
    Ok(Value::from_string(out))
}

fn lower(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "lower")?;
    if s.is_ascii() {
        return finish(interp, s.as_str().to_ascii_lowercase());
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for i in 0..chars.len() {
        uni::push_lower_at(&mut out, &chars, i);
    }
    finish(interp, out)
}

fn upper(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "upper")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        uni::push_upper(&mut out, c);
    }
    finish(interp, out)
}

fn casefold(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "casefold")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        uni::push_fold(&mut out, c);
    }
    finish(interp, out)
}

fn swapcase(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "swapcase")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if uni::is_uppercase(c) {
            uni::push_lower_at(&mut out, &chars, i);
        } else if uni::is_lowercase(c) {
            uni::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    finish(interp, out)
}

fn capitalize(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "capitalize")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            uni::push_title(&mut out, c);
        } else {
            uni::push_lower_at(&mut out, &chars, i);
        }
    }
    finish(interp, out)
}

fn title(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "title")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            uni::push_lower_at(&mut out, &chars, i);
        } else {
            uni::push_title(&mut out, c);
        }
        previous_is_cased = uni::is_cased(c);
    }
    finish(interp, out)
}

/// A predicate true when the string is non-empty and every character satisfies `test`.
fn all_chars(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    test: fn(char) -> bool,
) -> PyResult<Value> {
    let s = noargs_self(interp, &args, name)?;
    let text = s.as_str();
    Ok(Value::Bool(!text.is_empty() && text.chars().all(test)))
}

fn isalnum(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_chars(interp, args, "isalnum", uni::is_alnum)
}

fn isalpha(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_chars(interp, args, "isalpha", uni::is_alpha)
}

fn isdecimal(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_chars(interp, args, "isdecimal", uni::is_decimal)
}

fn isdigit(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_chars(interp, args, "isdigit", uni::is_digit)
}

fn isnumeric(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_chars(interp, args, "isnumeric", uni::is_numeric)
}

fn isspace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    all_chars(interp, args, "isspace", crate::num::is_space)
}

fn isascii(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

fn isprintable(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "isprintable")?;
    Ok(Value::Bool(
        s.as_str().chars().all(crate::num::is_printable),
    ))
}

fn isidentifier(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "isidentifier")?;
    let mut chars = s.as_str().chars();
    let ok = match chars.next() {
        Some(c) => uni::is_xid_start(c) && chars.all(uni::is_xid_continue),
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn islower(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if uni::is_uppercase(c) || uni::is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= uni::is_lowercase(c);
    }
    Ok(Value::Bool(cased))
}

fn isupper(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if uni::is_lowercase(c) || uni::is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= uni::is_uppercase(c);
    }
    Ok(Value::Bool(cased))
}

fn istitle(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = noargs_self(interp, &args, "istitle")?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.as_str().chars() {
        if uni::is_uppercase(c) || uni::is_titlecase(c) {
            if previous_is_cased {
                return Ok(Value::Bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else if uni::is_lowercase(c) {
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

/// Pads `s` to `width` code points with `left` fill characters before and the rest after.
fn pad(
    interp: &mut Interpreter,
    s: &Rc<Str>,
    width: i64,
    fill: char,
    left_of: impl Fn(usize) -> usize,
) -> PyResult<Value> {
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s.clone()));
    }
    let marg = (width - len) as usize;
    interp.check_alloc(s.as_str().len() as u128 + marg as u128 * fill.len_utf8() as u128)?;
    let left = left_of(marg);
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, marg - left));
    finish(interp, out)
}

/// The receiver, width and fill character of `center`, `ljust` and `rjust`.
fn pad_args(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<(Rc<Str>, i64, char)> {
    let s = str_self(interp, args, name)?;
    check_in(interp, "str", name, args, Conv::Clinic(1, 2))?;
    let width = ssize_arg(interp, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut cs = f.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        interp.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        Some(other) => {
            let tn = interp.type_name(other);
            return Err(interp.type_error(format!(
                "The fill character must be a unicode character, not {tn}"
            )));
        }
    };
    Ok((s, width, fill))
}

fn center(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(interp, &args, "center")?;
    // CPython puts the odd extra character on the left only when the width is odd.
    pad(interp, &s, width, fill, |marg| {
        marg / 2 + (marg & width as usize & 1)
    })
}

fn ljust(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(interp, &args, "ljust")?;
    pad(interp, &s, width, fill, |_| 0)
}

fn rjust(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(interp, &args, "rjust")?;
    pad(interp, &s, width, fill, |marg| marg)
}

fn zfill(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "zfill")?;
    check(interp, "str.zfill", &args, Conv::One)?;
    let width = ssize_arg(interp, &args.pos[1])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let fill = (width - len) as usize;
    interp.check_alloc(s.as_str().len() as u128 + fill as u128)?;
    let text = s.as_str();
    // A leading sign stays in front of the zeros.
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = String::with_capacity(text.len() + fill);
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    finish(interp, out)
}

fn expandtabs(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "expandtabs")?;
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
    let out = expand_tabs(interp, s.as_str().chars(), tabsize)?;
    finish(interp, out)
}

/// Replaces tabs by spaces up to the next multiple of `tabsize` columns; the column restarts
/// after `\n` and `\r`. Shared with `bytes.expandtabs`.
pub(super) fn expand_tabs(
    interp: &mut Interpreter,
    chars: impl Iterator<Item = char>,
    tabsize: i64,
) -> PyResult<String> {
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in chars {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    interp.check_alloc(out.len() as u128 + n as u128)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(out)
}

/// True for the exceptions that make `translate` keep a character (LookupError).
fn is_lookup_error(e: &PyErr) -> bool {
    match e {
        PyErr::Exception(exc) => exc.ty.is_builtin_subtype("LookupError"),
        PyErr::Limit(..) => false,
    }
}

fn translate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "translate")?;
    check(interp, "str.translate", &args, Conv::One)?;
    let table = args.pos[1].clone();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let mapped = match interp.get_item(&table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if is_lookup_error(&e) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Str(m) => {
                interp.check_alloc(out.len() as u128 + m.as_str().len() as u128)?;
                out.push_str(m.as_str());
            }
            Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                let n = interp.to_index(&mapped)?;
                match u32::try_from(n)
                    .ok()
                    .filter(|&n| n < 0x110000)
                    .map(char::from_u32)
                {
                    Some(Some(m)) => out.push(m),
                    Some(None) => return Err(interp.value_error("character is a lone surrogate")),
                    None => {
                        return Err(
                            interp.value_error("character mapping must be in range(0x110000)")
                        )
                    }
                }
            }
            _ => {
                return Err(interp.type_error("character mapping must return integer, None or str"))
            }
        }
    }
    finish(interp, out)
}

/// `str.maketrans(x[, y[, z]])`, called without a receiver.
fn maketrans(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    // The checks count a receiver at pos[0]; this static method has none.
    let mut counted = Args {
        pos: vec![Value::None].into(),
        kw: args.kw,
    };
    counted.pos.extend(args.pos.iter().cloned());
    check(interp, "str.maketrans", &counted, Conv::Clinic(1, 3))?;
    let out = Rc::new(Dict::new());
    let pos = &args.pos;
    if pos.len() == 1 {
        let Value::Dict(d) = &pos[0] else {
            return Err(
                interp.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in d.items() {
            let key = match &k {
                Value::Str(ks) => {
                    let mut cs = ks.as_str().chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(interp
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                Value::Int(_) | Value::Long(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(
                        interp.type_error("keys in translate table must be strings or integers")
                    )
                }
            };
            let key = interp.dict_key(key)?;
            out.insert(key, v);
        }
        return Ok(Value::Dict(out));
    }
    for (i, v) in pos.iter().enumerate().skip(1) {
        if !matches!(v, Value::Str(_)) {
            let tn = super::methods_args::clinic_type_name(interp, v);
            return Err(interp.type_error(format!(
                "maketrans() argument {} must be str, not {tn}",
                i + 1
            )));
        }
    }
    let Value::Str(x) = &pos[0] else {
        return Err(interp.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let Value::Str(y) = &pos[1] else {
        return Ok(Value::Dict(out));
    };
    if x.char_len() != y.char_len() {
        return Err(interp.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        let key = interp.dict_key(Value::Int(a as i64))?;
        out.insert(key, Value::Int(b as i64));
    }
    if let Some(Value::Str(z)) = pos.get(2) {
        for c in z.as_str().chars() {
            let key = interp.dict_key(Value::Int(c as i64))?;
            out.insert(key, Value::None);
        }
    }
    Ok(Value::Dict(out))
}
