//! The format-spec mini-language of `format()`, f-strings and `str.format`: parsing a spec,
//! formatting a str with it, and the padding and digit grouping shared by int and float
//! (ported from Python/formatter_unicode.c).

use super::unicode::decimal_value;
use super::NumError;

/// Where the text goes in the field (`<`, `>`, `^`, `=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding between the sign (and prefix) and the digits; numbers only.
    AfterSign,
}

/// The sign option (`+`, `-`, space).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plus,
    Minus,
    Space,
}

/// The thousands separator option (`,` or `_`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

/// A parsed format spec: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// Parsing checks only the syntax; what depends on the object's type (which presentation
/// types exist, whether a separator fits the type) is checked when formatting, in the same
/// order CPython reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when one was given before an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// A `0` before the width with no explicit fill: fill with `0`, and for numbers align
    /// with `=` unless an alignment was given.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type; `None` means the type's default.
    pub ty: Option<char>,
}

/// A failed `format()`. Some of CPython's messages name the type of the formatted object, so
/// the error is rendered with [`FormatError::into_error`] once the VM knows that name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// ValueError "Invalid format specifier '{spec}' for object of type '{type}'".
    InvalidSpec(Box<str>),
    /// ValueError "Unknown format code '{code}' for object of type '{type}'".
    UnknownCode(char),
    /// `format(0xD800, 'c')`: the result would be a lone surrogate, which a Rust string cannot
    /// hold. CPython returns the one-character string; the VM decides what to do.
    LoneSurrogate(u32),
    /// Any other error; its message does not depend on the type.
    Error(NumError),
}

impl FormatError {
    /// The Python exception to raise, for an object whose `type(obj).__name__` is `type_name`.
    pub fn into_error(self, type_name: &str) -> NumError {
        let type_name = truncate_chars(type_name, 200);
        match self {
            FormatError::InvalidSpec(spec) => NumError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )),
            FormatError::UnknownCode(code) => NumError::value(format!(
                "Unknown format code '{}' for object of type '{type_name}'",
                code_text(code)
            )),
            FormatError::LoneSurrogate(code) => NumError::value(format!(
                "cannot represent the lone surrogate U+{code:04X} in a string"
            )),
            FormatError::Error(error) => error,
        }
    }
}

impl From<NumError> for FormatError {
    fn from(error: NumError) -> Self {
        FormatError::Error(error)
    }
}

/// A presentation type as CPython prints it in messages: itself when printable ASCII, else
/// `\x` and its code in hex.
fn code_text(code: char) -> String {
    if (33..128).contains(&(code as u32)) {
        code.to_string()
    } else {
        format!("\\x{:x}", code as u32)
    }
}

/// The first `max` characters of `s` (CPython's `%.200s` and `%.200R`).
pub(crate) fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((end, _)) => &s[..end],
        None => s,
    }
}

fn value_error(message: &'static str) -> FormatError {
    FormatError::Error(NumError::value(message))
}

/// Parses a format spec (the part after `:` in `{x:spec}`).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let mut out = FormatSpec::default();
    let mut rest = spec;
    let mut chars = rest.chars();
    let (first, second) = (chars.next(), chars.next());
    if let (Some(fill), Some(align)) = (first, second.and_then(parse_align)) {
        out.fill = Some(fill);
        out.align = Some(align);
        rest = &rest[fill.len_utf8() + 1..];
    } else if let Some(align) = first.and_then(parse_align) {
        out.align = Some(align);
        rest = &rest[1..];
    }
    out.sign = match rest.as_bytes().first() {
        Some(b'+') => Some(Sign::Plus),
        Some(b'-') => Some(Sign::Minus),
        Some(b' ') => Some(Sign::Space),
        _ => None,
    };
    if out.sign.is_some() {
        rest = &rest[1..];
    }
    if let Some(tail) = rest.strip_prefix('z') {
        out.no_neg_zero = true;
        rest = tail;
    }
    if let Some(tail) = rest.strip_prefix('#') {
        out.alternate = true;
        rest = tail;
    }
    if out.fill.is_none() {
        if let Some(tail) = rest.strip_prefix('0') {
            out.zero_pad = true;
            rest = tail;
        }
    }
    out.width = parse_integer(&mut rest)?;
    if let Some(tail) = rest.strip_prefix(',') {
        out.grouping = Some(Grouping::Comma);
        rest = tail;
    }
    if let Some(tail) = rest.strip_prefix('_') {
        if out.grouping.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some(Grouping::Underscore);
        rest = tail;
    }
    if rest.starts_with(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if let Some(tail) = rest.strip_prefix('.') {
        rest = tail;
        out.precision = parse_integer(&mut rest)?;
        if out.precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (None, _) => {}
        (Some(ty), None) => out.ty = Some(ty),
        (Some(_), Some(_)) => return Err(FormatError::InvalidSpec(spec.into())),
    }
    Ok(out)
}

fn parse_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of decimal digits (any script, as CPython accepts) from the front of `rest`.
fn parse_integer(rest: &mut &str) -> Result<Option<usize>, FormatError> {
    let mut value: i64 = 0;
    let mut consumed = 0;
    for c in rest.chars() {
        let Some(digit) = decimal_value(c) else { break };
        let digit = i64::from(digit);
        if value > (i64::MAX - digit) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        value = value * 10 + digit;
        consumed += c.len_utf8();
    }
    if consumed == 0 {
        return Ok(None);
    }
    *rest = &rest[consumed..];
    Ok(Some(usize::try_from(value).unwrap_or(usize::MAX)))
}

/// The separator and group size for `spec` under the effective presentation type `ty`
/// (`'\0'` for a float's default), or CPython's error when the separator does not fit.
pub(crate) fn grouping_for(
    spec: &FormatSpec,
    ty: char,
) -> Result<Option<(char, usize)>, FormatError> {
    let Some(grouping) = spec.grouping else {
        return Ok(None);
    };
    let sep = match grouping {
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
        // PEP 515: underscores group bin, oct and hex digits by four.
        'b' | 'o' | 'x' | 'X' if grouping == Grouping::Underscore => Ok(Some((sep, 4))),
        _ => Err(FormatError::Error(NumError::value(format!(
            "Cannot specify '{sep}' with '{}'.",
            code_text(ty)
        )))),
    }
}

/// `format(s, spec)` for a str: only fill, alignment, width, precision (truncation) and
/// type `s`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    grouping_for(spec, ty)?;
    if ty != 's' {
        return Err(FormatError::UnknownCode(ty));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(value_error("Space not allowed in string format specifier"))
        }
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if spec.width.is_none() && spec.precision.is_none() {
        return Ok(s.to_owned());
    }
    let text = match spec.precision {
        Some(precision) => truncate_chars(s, precision),
        None => s,
    };
    let len = text.chars().count();
    let total = spec.width.unwrap_or(0).max(len);
    let fill = if spec.zero_pad {
        '0'
    } else {
        spec.fill.unwrap_or(' ')
    };
    let left = match spec.align.unwrap_or(Align::Left) {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::with_capacity(text.len() + (total - len) * fill.len_utf8());
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, total - len - left);
    Ok(out)
}

pub(crate) fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// A number split as `calc_number_widths` sees it:
/// `<sign><prefix><digits>[.]<remainder>`; only `digits` are grouped and zero-padded.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0X`, `0o`, `0b` or empty.
    pub prefix: &'a str,
    /// ASCII digits before the decimal point (empty for `inf`, `nan` and `c`).
    pub digits: &'a str,
    pub has_decimal: bool,
    /// Everything after the point, or the whole text when there are no digits.
    pub remainder: &'a str,
}

/// Writes a number padded, aligned, signed and grouped per `spec` (`fill_number`).
pub(crate) fn write_number(
    out: &mut String,
    spec: &FormatSpec,
    parts: &NumberParts<'_>,
    grouping: Option<(char, usize)>,
) {
    let fill = if spec.zero_pad {
        '0'
    } else {
        spec.fill.unwrap_or(' ')
    };
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let width = spec
        .width
        .map_or(-1, |w| i64::try_from(w).unwrap_or(i64::MAX));
    let non_digits = i64::from(sign.is_some())
        + parts.prefix.len() as i64
        + i64::from(parts.has_decimal)
        + parts.remainder.chars().count() as i64;
    let min_width = if fill == '0' && align == Align::AfterSign {
        width.saturating_sub(non_digits)
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, grouping)
    };
    let padding = (width - non_digits - grouped.len() as i64).max(0) as usize;
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    out.reserve(padding * fill.len_utf8() + grouped.len() + parts.remainder.len() + 4);
    push_fill(out, fill, left);
    if let Some(sign) = sign {
        out.push(sign);
    }
    out.push_str(parts.prefix);
    push_fill(out, fill, inner);
    // Invariant: the grouped digits are ASCII digits, zeros and the separator.
    out.push_str(std::str::from_utf8(&grouped).unwrap_or(""));
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(out, fill, right);
}

/// `_PyUnicode_InsertThousandsGrouping`: the digits with separators every `group` digits from
/// the right, left-padded with zeros (grouped too) to at least `min_width` characters.
fn group_digits(digits: &[u8], min_width: i64, grouping: Option<(char, usize)>) -> Vec<u8> {
    // Built right to left, then reversed.
    let mut out = Vec::with_capacity(digits.len() + digits.len() / 3 + min_width.max(0) as usize);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut end = digits.len();
    let mut use_separator = false;
    let mut emit = |out: &mut Vec<u8>, len: i64, remaining: i64, sep: Option<u8>| -> i64 {
        let zeros = (len - remaining).max(0);
        let chars = remaining.min(len).max(0);
        if let Some(sep) = sep {
            out.push(sep);
        }
        for _ in 0..chars {
            end -= 1;
            out.push(digits[end]);
        }
        out.extend(std::iter::repeat_n(b'0', zeros as usize));
        chars
    };
    let mut done = false;
    if let Some((sep, group)) = grouping {
        // Invariant: the separators are ',' and '_', both ASCII.
        let sep = sep as u8;
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            let sep_now = use_separator.then_some(sep);
            remaining -= emit(&mut out, len, remaining, sep_now);
            use_separator = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        emit(&mut out, len, remaining, None);
    }
    out.reverse();
    out
}
