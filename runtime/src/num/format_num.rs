//! `format(int, spec)` and `format(float, spec)`: the presentation types of int and float
//! (ported from `format_long_internal` and `format_float_internal` in formatter_unicode.c).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::float_repr::{write_double, DoubleFormat, FloatCode};
use super::format_spec::{
    grouping_for, write_number, Align, FormatError, FormatSpec, NumberParts, Sign,
};
use super::int_ops::bigint_to_f64;
use super::parse::check_int_str_digits;
use super::NumError;

fn value_error(message: &'static str) -> FormatError {
    FormatError::Error(NumError::value(message))
}

/// `format(v, spec)` for an int: types `b c d o x X n`, none (as `d`), and the float types
/// `e E f F g G %`, which format `float(v)`.
///
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0: unlimited); decimal output longer
/// than that raises CPython's ValueError, as `str(v)` does. An empty spec gives `str(v)`; for a
/// subclass whose `str` differs (bool), the VM handles the empty spec itself.
pub fn format_int(
    v: &BigInt,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = grouping_for(spec, ty)?;
    let (radix, prefix) = match ty {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => return format_char(v, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(v)
                .ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
            return format_float_typed(x, spec, ty, grouping);
        }
        _ => return Err(FormatError::UnknownCode(ty)),
    };
    check_int_options(spec)?;
    if radix == 10 {
        check_int_str_digits(v, max_str_digits)?;
    }
    let plain_sign = !matches!(spec.sign, Some(Sign::Plus | Sign::Space));
    if ty == 'd' && plain_sign && spec.width.is_none() && grouping.is_none() {
        return Ok(v.to_string());
    }
    let mut digits = v.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.sign() == num_bigint::Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let mut out = String::new();
    write_number(&mut out, spec, &parts, grouping);
    Ok(out)
}

/// The checks `format_long_internal` makes for every integer presentation type.
fn check_int_options(spec: &FormatSpec) -> Result<(), FormatError> {
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    Ok(())
}

/// Type `c`: the character with code point `v`.
fn format_char(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    check_int_options(spec)?;
    if spec.sign.is_some() {
        return Err(value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = v
        .to_i64()
        .ok_or_else(|| NumError::overflow("Python int too large to convert to C long"))?;
    let code = u32::try_from(code)
        .ok()
        .filter(|&c| c <= 0x10FFFF)
        .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
    let c = char::from_u32(code).ok_or(FormatError::LoneSurrogate(code))?;
    let mut buf = [0u8; 4];
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: c.encode_utf8(&mut buf),
    };
    let mut out = String::new();
    write_number(&mut out, spec, &parts, None);
    Ok(out)
}

/// `format(x, spec)` for a float: types `e E f F g G n %` and none (repr, or `g` with at least
/// one digit after the point when a precision is given).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('\0');
    let grouping = grouping_for(spec, ty)?;
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {
            format_float_typed(x, spec, ty, grouping)
        }
        _ => Err(FormatError::UnknownCode(ty)),
    }
}

/// `format_float_internal` for a type already known to be a float type (`'\0'` for none).
fn format_float_typed(
    x: f64,
    spec: &FormatSpec,
    ty: char,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let mut x = x;
    let mut percent = false;
    let (code, upper, default_precision) = match ty {
        'e' => (FloatCode::Exp, false, 6),
        'E' => (FloatCode::Exp, true, 6),
        'f' => (FloatCode::Fixed, false, 6),
        'F' => (FloatCode::Fixed, true, 6),
        'G' => (FloatCode::General, true, 6),
        '%' => {
            x *= 100.0;
            percent = true;
            (FloatCode::Fixed, false, 6)
        }
        '\0' => (FloatCode::Repr, false, 0),
        // 'g' and 'n' ('n' differs only by locale, and isola's locale is C).
        _ => (FloatCode::General, false, 6),
    };
    let code = if code == FloatCode::Repr && spec.precision.is_some() {
        FloatCode::General
    } else {
        code
    };
    let format = DoubleFormat {
        code,
        upper,
        precision: spec.precision.unwrap_or(default_precision),
        add_dot_0: ty == '\0',
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
    };
    let mut body = String::new();
    write_double(&mut body, x, &format);
    if percent {
        body.push('%');
    }
    let plain_sign = !matches!(spec.sign, Some(Sign::Plus | Sign::Space));
    if plain_sign && spec.width.is_none() && ty != 'n' && grouping.is_none() {
        return Ok(body);
    }
    let (negative, unsigned) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body.as_str()),
    };
    let digit_count = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, after) = unsigned.split_at(digit_count);
    let has_decimal = after.starts_with('.');
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder: if has_decimal { &after[1..] } else { after },
    };
    let mut out = String::new();
    write_number(&mut out, spec, &parts, grouping);
    Ok(out)
}

/// `format(complex, spec)` (CPython's `format_complex_internal`): each part formatted as a
/// float, the imaginary one always signed when the real one shows, then padded as a whole.
/// With no presentation type the result reads like `str(z)`: `(1+2j)`, `2j`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(FormatError::UnknownCode(ty));
    }
    if spec.zero_pad && spec.fill.is_none() {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (mut skip_re, mut add_parens) = (false, false);
    let mut part_ty = Some(ty);
    if ty == '\0' {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
        part_ty = if spec.precision.is_some() {
            Some('g')
        } else {
            None
        };
    }
    let part = |x: f64, sign: Option<Sign>| -> Result<String, FormatError> {
        let sub = FormatSpec {
            fill: None,
            align: None,
            sign,
            width: None,
            zero_pad: false,
            ty: part_ty,
            ..spec.clone()
        };
        let s = if part_ty.is_none() {
            // str(float) without the ".0" that floats add.
            let r = crate::num::float_repr(x);
            let r = r.strip_suffix(".0").map(str::to_owned).unwrap_or(r);
            match sign {
                Some(Sign::Plus) if !r.starts_with('-') => format!("+{r}"),
                Some(Sign::Space) if !r.starts_with('-') => format!(" {r}"),
                _ => r,
            }
        } else {
            format_float(x, &sub)?
        };
        Ok(s)
    };
    let re_text = if skip_re {
        String::new()
    } else {
        part(re, spec.sign)?
    };
    let im_sign = if skip_re { spec.sign } else { Some(Sign::Plus) };
    let im_text = part(im, im_sign)?;
    let body = if add_parens {
        format!("({re_text}{im_text}j)")
    } else {
        format!("{re_text}{im_text}j")
    };
    let width = spec.width.unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return Ok(body);
    }
    let fill = spec.fill.unwrap_or(' ').to_string();
    let pad = width - len;
    Ok(match spec.align.unwrap_or(Align::Right) {
        Align::Left => format!("{body}{}", fill.repeat(pad)),
        Align::Center => format!(
            "{}{body}{}",
            fill.repeat(pad / 2),
            fill.repeat(pad - pad / 2)
        ),
        _ => format!("{}{body}", fill.repeat(pad)),
    })
}
