//! `complex(...)`: from a string, from a number, or from two parts, as CPython's
//! `complex_new` combines them.

use crate::builtins::check_count;
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn new_complex(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let real = args
        .take_kw("real")
        .or_else(|| args.pos.first().cloned())
        .unwrap_or(Value::Int(0));
    let imag_kw = args.kw.iter().any(|(k, _)| &**k == "imag");
    let imag = args
        .take_kw("imag")
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    check_count(interp, "complex", &args, 0, 2)?;
    if let Value::Str(s) = &real {
        if args.pos.len() > 1 {
            return Err(interp.type_error("complex() can't take second arg if first is a string"));
        }
        return match crate::num::parse_complex(s.as_str()) {
            Some((r, i)) => Ok(Value::complex(r, i)),
            None => Err(interp.value_error("complex() arg is a malformed string")),
        };
    }
    if let Value::Str(_) = &imag {
        return Err(interp.type_error("complex() second arg can't be a string"));
    }
    // complex(a + bj, c + dj) is (a - d) + (b + c)j.
    let (ra, rb) = match &real {
        Value::Complex(c) => **c,
        _ => match interp.complex_of(&real)? {
            Some(c) => c,
            None => {
                let tn = interp.type_name(&real);
                return Err(interp.type_error(format!(
                    "complex() first argument must be a string or a number, not '{tn}'"
                )));
            }
        },
    };
    // The imaginary part may be a complex, but not an object with only `__complex__`.
    let imag_complex = match &imag {
        Value::Instance(i) => match &i.base {
            Some(Value::Complex(c)) => Some(**c),
            _ => None,
        },
        _ => None,
    };
    let (ia, ib) = match (&imag, imag_complex) {
        (Value::Complex(c), _) => **c,
        (_, Some(c)) => c,
        _ => match interp.real_of(&imag)? {
            Some(i) => (i, 0.0),
            None => {
                let tn = interp.type_name(&imag);
                return Err(interp.type_error(format!(
                    "complex() second argument must be a number, not '{tn}'"
                )));
            }
        },
    };
    // CPython's complex_new: the parts of a complex argument combine only when given,
    // so signed zeros survive (`complex(-0.0, -0.0)`).
    let real_is_complex = matches!(real, Value::Complex(..)) || rb != 0.0;
    let imag_given = args.pos.len() > 1 || imag_kw;
    let re = if matches!(imag, Value::Complex(..)) || ib != 0.0 {
        ra - ib
    } else {
        ra
    };
    let im = if !imag_given {
        rb
    } else if real_is_complex {
        ia + rb
    } else {
        ia
    };
    Ok(Value::complex(re, im))
}
