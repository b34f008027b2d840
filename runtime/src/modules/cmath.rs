//! The `cmath` module: complex functions with CPython's formulas (cmathmodule.c's algorithms
//! for sqrt, log, the hyperbolic functions and their inverses, and the trigonometric ones
//! through them), so finite arguments give CPython's results.

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

type C = (f64, f64);

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("cmath");
    let d = &m.dict;
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    d.set_str("infj", Value::complex(0.0, f64::INFINITY));
    d.set_str("nanj", Value::complex(0.0, f64::NAN));
    macro_rules! unary {
        ($($name:literal => $f:expr),* $(,)?) => {
            $(add_function(d, $name, |interp, args| complex_fn(interp, args, $name, $f));)*
        };
    }
    unary! {
        "sqrt" => sqrt,
        "exp" => exp,
        "log10" => |z| { let (a, b) = log(z); (a / LN10, b / LN10) },
        "sinh" => sinh,
        "cosh" => cosh,
        "tanh" => tanh,
        "asinh" => asinh,
        "acosh" => acosh,
        "atanh" => atanh,
        "sin" => |z: C| { let s = sinh((-z.1, z.0)); (s.1, -s.0) },
        "cos" => |z: C| cosh((-z.1, z.0)),
        "tan" => |z: C| { let t = tanh((-z.1, z.0)); (t.1, -t.0) },
        "asin" => |z: C| { let s = asinh((-z.1, z.0)); (s.1, -s.0) },
        "acos" => acos,
        "atan" => |z: C| { let s = atanh((-z.1, z.0)); (s.1, -s.0) },
    }
    add_function(d, "log", log_fn);
    add_function(d, "phase", phase);
    add_function(d, "polar", polar);
    add_function(d, "rect", rect);
    add_function(d, "isfinite", |i, a| {
        predicate(i, a, "isfinite", |z| z.0.is_finite() && z.1.is_finite())
    });
    add_function(d, "isinf", |i, a| {
        predicate(i, a, "isinf", |z| z.0.is_infinite() || z.1.is_infinite())
    });
    add_function(d, "isnan", |i, a| {
        predicate(i, a, "isnan", |z| z.0.is_nan() || z.1.is_nan())
    });
    add_function(d, "isclose", isclose);
    Ok(module)
}

fn complex_arg(interp: &mut Interpreter, v: &Value) -> PyResult<C> {
    match interp.complex_of(v)? {
        Some(c) => Ok(c),
        None => {
            let tn = interp.type_name(v);
            Err(interp.type_error(format!("must be real number, not {tn}")))
        }
    }
}

fn result(interp: &mut Interpreter, z: C, input: C) -> PyResult<Value> {
    let finite_in = input.0.is_finite() && input.1.is_finite();
    if finite_in && (z.0.is_nan() || z.1.is_nan()) {
        return Err(interp.value_error("math domain error"));
    }
    if finite_in && (z.0.is_infinite() || z.1.is_infinite()) {
        return Err(interp.err("OverflowError", "math range error"));
    }
    Ok(Value::complex(z.0, z.1))
}

fn complex_fn(interp: &mut Interpreter, args: Args, name: &str, f: fn(C) -> C) -> PyResult<Value> {
    check_count(interp, name, &args, 1, 1)?;
    let z = complex_arg(interp, &args.pos[0])?;
    result(interp, f(z), z)
}

fn predicate(
    interp: &mut Interpreter,
    args: Args,
    name: &str,
    f: fn(C) -> bool,
) -> PyResult<Value> {
    check_count(interp, name, &args, 1, 1)?;
    let z = complex_arg(interp, &args.pos[0])?;
    Ok(Value::Bool(f(z)))
}

fn sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax *= 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

fn exp(z: C) -> C {
    let l = z.0.exp();
    if z.1 == 0.0 {
        return (l, z.1);
    }
    (l * z.1.cos(), l * z.1.sin())
}

fn log(z: C) -> C {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            (ax * 2f64.powi(53)).hypot(ay * 2f64.powi(53)).ln() - 53.0 * LN2
        } else {
            f64::NEG_INFINITY
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (re, z.1.atan2(z.0))
}

fn sinh(z: C) -> C {
    (z.0.sinh() * z.1.cos(), z.0.cosh() * z.1.sin())
}

fn cosh(z: C) -> C {
    (z.0.cosh() * z.1.cos(), z.0.sinh() * z.1.sin())
}

fn tanh(z: C) -> C {
    if z.0.abs() > 354.0 {
        return (
            1f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        );
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// The real inverse hyperbolic sine as C's libm (fdlibm) computes it, which Rust's
/// `f64::asinh` does not match to the last bit.
fn real_asinh(x: f64) -> f64 {
    let xa = x.abs();
    if !xa.is_finite() || xa < 2f64.powi(-28) {
        return x + 0.0 * x;
    }
    let w = if xa > 2f64.powi(28) {
        xa.ln() + LN2
    } else if xa > 2.0 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn asinh(z: C) -> C {
    let s1 = sqrt((1.0 + z.1, -z.0));
    let s2 = sqrt((1.0 - z.1, z.0));
    (
        real_asinh(s1.0 * s2.1 - s2.0 * s1.1),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn acos(z: C) -> C {
    let s1 = sqrt((1.0 - z.0, -z.1));
    let s2 = sqrt((1.0 + z.0, z.1));
    (
        2.0 * s1.0.atan2(s2.0),
        real_asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn acosh(z: C) -> C {
    let s1 = sqrt((z.0 - 1.0, z.1));
    let s2 = sqrt((z.0 + 1.0, z.1));
    (
        real_asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    )
}

fn atanh(z: C) -> C {
    if z.0 < 0.0 {
        let r = atanh((-z.0, -z.1));
        return (-r.0, -r.1);
    }
    let ay = z.1.abs();
    if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            // atanh(1) is a domain error in CPython: NaN here becomes that error.
            return (f64::NAN, f64::NAN);
        }
        return (
            -(ay.sqrt() / (4.0f64 + ay * ay).sqrt().sqrt()).ln(),
            (2.0f64).atan2(-ay).copysign(z.1) / 2.0,
        );
    }
    (
        (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
    )
}

fn log_fn(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "log", &args, 1, 2)?;
    let z = complex_arg(interp, &args.pos[0])?;
    let mut r = log(z);
    if let Some(b) = args.pos.get(1) {
        let b = complex_arg(interp, b)?;
        let lb = log(b);
        // CPython's _Py_c_quot, which scales by the larger part of the divisor.
        let (a, b) = (r, lb);
        r = if b.0.abs() >= b.1.abs() {
            if b.0 == 0.0 {
                return Err(interp.err("ZeroDivisionError", "complex division by zero"));
            }
            let ratio = b.1 / b.0;
            let denom = b.0 + b.1 * ratio;
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
        } else {
            let ratio = b.0 / b.1;
            let denom = b.0 * ratio + b.1;
            ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
        };
    }
    if z == (0.0, 0.0) {
        return Err(interp.value_error("math domain error"));
    }
    result(interp, r, z)
}

fn phase(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "phase", &args, 1, 1)?;
    let z = complex_arg(interp, &args.pos[0])?;
    Ok(Value::Float(z.1.atan2(z.0)))
}

fn polar(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "polar", &args, 1, 1)?;
    let z = complex_arg(interp, &args.pos[0])?;
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(interp.err("OverflowError", "absolute value too large"));
    }
    Ok(Value::tuple(vec![
        Value::Float(r),
        Value::Float(z.1.atan2(z.0)),
    ]))
}

fn rect(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "rect", &args, 2, 2)?;
    let r = complex_arg(interp, &args.pos[0])?.0;
    let phi = complex_arg(interp, &args.pos[1])?.0;
    if phi == 0.0 {
        return Ok(Value::complex(r, r * phi));
    }
    Ok(Value::complex(r * phi.cos(), r * phi.sin()))
}

fn isclose(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    check_count(interp, "isclose", &args, 2, 2)?;
    let a = complex_arg(interp, &args.pos[0])?;
    let b = complex_arg(interp, &args.pos[1])?;
    let rel = match rel {
        Some(v) => complex_arg(interp, &v)?.0,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => complex_arg(interp, &v)?.0,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(interp.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    let close = diff <= rel * b.0.hypot(b.1) || diff <= rel * a.0.hypot(a.1) || diff <= abs;
    Ok(Value::Bool(close))
}
