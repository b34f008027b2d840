//! printf-style `%` formatting of numbers and the padding of `%s`, `%r`, `%a` and `%c`
//! (ported from `formatfloat`, `_PyUnicode_FormatLong` and `unicode_format_arg_output` in
//! Objects/unicodeobject.c).

use num_bigint::{BigInt, Sign};

use super::float_repr::{write_double, DoubleFormat, FloatCode};
use super::format_spec::{push_fill, truncate_chars};
use super::parse::check_int_str_digits;
use super::NumError;

/// The flags and width of one `%` conversion. A `*` width is resolved by the VM: a negative
/// one sets `left` and uses the absolute value, as CPython does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify (pad on the right with spaces).
    pub left: bool,
    /// `+`: always write a sign.
    pub plus: bool,
    /// ` `: a space where a plus sign would go.
    pub space: bool,
    /// `#`: the alternate form (`0o`/`0x` prefixes, keep the point and trailing zeros).
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
    pub width: Option<usize>,
}

/// `'%<flags><width>.<precision><conv>' % x` for `conv` in `e E f F g G` (any other `conv`
/// is treated as `g`); the precision defaults to 6.
pub fn format_percent_float(
    x: f64,
    conv: char,
    flags: &PercentFlags,
    precision: Option<usize>,
) -> String {
    let (code, upper) = match conv {
        'e' => (FloatCode::Exp, false),
        'E' => (FloatCode::Exp, true),
        'f' => (FloatCode::Fixed, false),
        'F' => (FloatCode::Fixed, true),
        'G' => (FloatCode::General, true),
        _ => (FloatCode::General, false),
    };
    let format = DoubleFormat {
        code,
        upper,
        precision: precision.unwrap_or(6),
        add_dot_0: false,
        alt: flags.alternate,
        no_neg_0: false,
    };
    let mut body = String::new();
    write_double(&mut body, x, &format);
    let mut out = String::with_capacity(body.len().max(flags.width.unwrap_or(0)));
    write_padded(&mut out, &body, flags, true, false);
    out
}

/// `'%<flags><width>.<precision><conv>' % v` for `conv` in `d i u o x X` (any other `conv`
/// is treated as `d`): the precision is a minimum digit count. `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0: unlimited), which limits decimal output.
pub fn format_percent_int(
    v: &BigInt,
    conv: char,
    flags: &PercentFlags,
    precision: Option<usize>,
    max_str_digits: usize,
) -> Result<String, NumError> {
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    if radix == 10 {
        check_int_str_digits(v, max_str_digits)?;
    }
    let mut digits = v.magnitude().to_str_radix(radix);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let alt_prefix = flags.alternate && !prefix.is_empty();
    let zeros = precision.unwrap_or(0).saturating_sub(digits.len());
    let mut body = String::with_capacity(digits.len() + zeros + 3);
    if v.sign() == Sign::Minus {
        body.push('-');
    }
    if alt_prefix {
        body.push_str(prefix);
    }
    push_fill(&mut body, '0', zeros);
    body.push_str(&digits);
    let mut out = String::with_capacity(body.len().max(flags.width.unwrap_or(0)));
    write_padded(&mut out, &body, flags, true, alt_prefix);
    Ok(out)
}

/// Pads the text of `%s`, `%r`, `%a` (cut to `precision` characters when given) or `%c` (pass
/// `None`) to the width: strings are never zero-filled and take no sign.
pub fn pad_percent_str(s: &str, flags: &PercentFlags, precision: Option<usize>) -> String {
    let text = match precision {
        Some(p) => truncate_chars(s, p),
        None => s,
    };
    let mut out = String::with_capacity(text.len() + flags.width.unwrap_or(0));
    write_padded(&mut out, text, flags, false, false);
    out
}

/// `unicode_format_arg_output`: the sign and the `0x`/`0o` prefix go before zero padding and
/// after space padding. `numeric` says the body may carry a sign and honours `0`;
/// `alt_prefix` says the body holds a two-character prefix after its sign.
fn write_padded(
    out: &mut String,
    body: &str,
    flags: &PercentFlags,
    numeric: bool,
    alt_prefix: bool,
) {
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut rest = body;
    let mut len = if numeric {
        body.len()
    } else {
        body.chars().count()
    } as i64;
    let mut sign = None;
    if numeric {
        if let Some(first @ ('-' | '+')) = body.chars().next() {
            sign = Some(first);
            rest = &body[1..];
            len -= 1;
        } else if flags.plus {
            sign = Some('+');
        } else if flags.space {
            sign = Some(' ');
        }
    }
    let mut width = flags
        .width
        .map_or(-1, |w| i64::try_from(w).unwrap_or(i64::MAX))
        .max(len);
    if let Some(sign) = sign {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    let mut prefix_pending = alt_prefix;
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&rest[..2]);
            rest = &rest[2..];
            prefix_pending = false;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        push_fill(out, fill, (width - len) as usize);
        width = len;
    }
    if fill == ' ' {
        if let Some(sign) = sign {
            out.push(sign);
        }
        if prefix_pending {
            out.push_str(&rest[..2]);
            rest = &rest[2..];
        }
    }
    out.push_str(rest);
    if width > len {
        push_fill(out, ' ', (width - len) as usize);
    }
}
