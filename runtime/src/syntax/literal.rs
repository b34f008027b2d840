//! Literal values: numbers from their token text, and string and bytes bodies with their escape
//! sequences decoded, with CPython 3.11's error messages.

use num_bigint::BigInt;

use super::ast::Constant;
use super::unicode_names;

/// CPython's default `sys.get_int_max_str_digits()`, which also bounds decimal literals.
const MAX_INT_DIGITS: usize = 4300;

/// A string token split into its prefix flags and its body (the text between the quotes).
pub(crate) struct StrToken<'a> {
    pub(crate) bytes: bool,
    pub(crate) raw: bool,
    pub(crate) fstring: bool,
    pub(crate) body: &'a str,
    /// Byte offset of `body` within the token text.
    pub(crate) body_offset: usize,
}

/// Splits a string token's text, which the lexer guarantees to be a prefix of `bBrRuUfF`
/// letters, then matching single or triple quotes around the body.
pub(crate) fn split_string_token(text: &str) -> StrToken<'_> {
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let rest = &text[prefix_len..];
    let quote = rest.as_bytes().first().copied().unwrap_or(b'"');
    let triple = rest.len() >= 6 && rest.as_bytes()[..3].iter().all(|&c| c == quote);
    let q = if triple { 3 } else { 1 };
    let body = rest.get(q..rest.len().saturating_sub(q)).unwrap_or("");
    StrToken {
        bytes: prefix.contains('b'),
        raw: prefix.contains('r'),
        fstring: prefix.contains('f'),
        body,
        body_offset: prefix_len + q,
    }
}

/// The value of a NUMBER token (already validated by the lexer).
pub(crate) fn number(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        return BigInt::parse_bytes(&lower.as_bytes()[2..], radix)
            .map(Constant::Int)
            .ok_or_else(|| "invalid syntax".to_owned());
    }
    if let Some(imag) = lower.strip_suffix('j') {
        return parse_float(imag).map(Constant::Imaginary);
    }
    if lower.contains(['.', 'e']) {
        return parse_float(&lower).map(Constant::Float);
    }
    if lower.len() > MAX_INT_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: value \
             has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
             hexadecimal for huge integer literals to avoid decimal conversion limits.",
            lower.len()
        ));
    }
    BigInt::parse_bytes(lower.as_bytes(), 10)
        .map(Constant::Int)
        .ok_or_else(|| "invalid syntax".into())
}

fn parse_float(text: &str) -> Result<f64, String> {
    text.parse::<f64>().map_err(|_| "invalid syntax".to_owned())
}

/// Length of `c` in CPython's intermediate escape buffer, where every non-ASCII character is
/// first spelled `\UXXXXXXXX`; error positions count in that buffer.
fn escaped_len(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        10
    }
}

fn unicode_error(start: usize, end: usize, message: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start,
        end.saturating_sub(1),
        message
    )
}

/// Decodes the escapes of a `str` literal body (not raw).
///
/// A lone surrogate such as `\ud800` cannot be held in a Rust `String`: it becomes U+FFFD.
pub(crate) fn decode_str(s: &str) -> Result<String, String> {
    if !s.contains('\\') {
        return Ok(s.to_owned());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    // Position in CPython's escape buffer, for error messages.
    let mut pos = 0usize;
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            pos += escaped_len(c);
            continue;
        }
        let start = pos;
        let Some(&e) = chars.peek() else {
            // A lone trailing backslash (an f-string literal part before `{`) stays itself.
            out.push('\\');
            break;
        };
        if !e.is_ascii() {
            // CPython spells this backslash `\u005c`: an unknown escape, kept as written.
            out.push('\\');
            pos += 6;
            continue;
        }
        chars.next();
        pos += 2;
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            't' => Some(Some('\t')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match e {
            '0'..='7' => {
                let mut value = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&d @ '0'..='7') => {
                            value = value * 8 + (d as u32 - '0' as u32);
                            chars.next();
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (count, message) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                for _ in 0..count {
                    match chars.peek().and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            value = value * 16 + d;
                            chars.next();
                            pos += 1;
                        }
                        None => return Err(unicode_error(start, pos, message)),
                    }
                }
                if value > 0x10FFFF {
                    return Err(unicode_error(start, pos, "illegal Unicode character"));
                }
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            'N' => {
                let malformed = "malformed \\N character escape";
                if chars.peek() != Some(&'{') {
                    if chars.peek().is_none() {
                        return Err(unicode_error(start, pos, malformed));
                    }
                    return Err(unicode_error(start, pos, malformed));
                }
                chars.next();
                pos += 1;
                let mut name = String::new();
                let mut closed = false;
                for d in chars.by_ref() {
                    if d == '}' {
                        closed = true;
                        break;
                    }
                    name.push(d);
                    pos += escaped_len(d);
                }
                if !closed {
                    return Err(unicode_error(start, pos, malformed));
                }
                if name.is_empty() {
                    return Err(unicode_error(start, pos, malformed));
                }
                pos += 1;
                match unicode_names::lookup(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(start, pos, "unknown Unicode character name"))
                    }
                }
            }
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a bytes literal body (not raw), which holds only ASCII.
pub(crate) fn decode_bytes(s: &str) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // Values past 0o377 wrap to a byte, as CPython 3.11 does.
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let hex = |j: usize| b.get(j).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}
