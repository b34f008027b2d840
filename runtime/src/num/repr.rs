//! `repr()` of str and bytes exactly as CPython 3.11 writes it: the quote choice, the escapes,
//! and which code points count as printable.

use super::unicode::is_printable;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Python's `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str_repr(&mut out, s);
    out
}

/// Appends Python's `repr(s)` to `out` (for container reprs that build one string).
///
/// The quote is `'` unless the text holds `'` and no `"`; the chosen quote and backslash are
/// escaped, `\t \n \r` by name, other ASCII controls and DEL as `\xhh`, and non-printable
/// non-ASCII code points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh` by size.
pub fn write_str_repr(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.reserve(s.len() + 2);
    out.push(char::from(quote));
    // Copy runs that need no escaping in one call: most strings are one run.
    let mut run_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if (0x20..0x7F).contains(&b) && b != quote && b != b'\\' {
                i += 1;
                continue;
            }
            out.push_str(&s[run_start..i]);
            match b {
                b'\t' => out.push_str("\\t"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\\' | b'\'' | b'"' => {
                    out.push('\\');
                    out.push(char::from(b));
                }
                _ => push_hex_escape(out, 'x', u32::from(b), 2),
            }
            i += 1;
            run_start = i;
            continue;
        }
        // A non-ASCII code point: `i` is on a char boundary because runs end only there.
        let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
        let len = c.len_utf8();
        if !is_printable(c) {
            out.push_str(&s[run_start..i]);
            let code = c as u32;
            if code <= 0xFF {
                push_hex_escape(out, 'x', code, 2);
            } else if code <= 0xFFFF {
                push_hex_escape(out, 'u', code, 4);
            } else {
                push_hex_escape(out, 'U', code, 8);
            }
            run_start = i + len;
        }
        i += len;
    }
    out.push_str(&s[run_start..]);
    out.push(char::from(quote));
}

/// Python's `repr(b)` for bytes: `b'...'`, with the same quote choice as str and every byte
/// outside printable ASCII written `\xhh`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(char::from(c));
            }
            0x20..=0x7E => out.push(char::from(c)),
            _ => push_hex_escape(&mut out, 'x', u32::from(c), 2),
        }
    }
    out.push(char::from(quote));
    out
}

/// Writes `\` + `tag` + `width` lowercase hex digits of `code`.
fn push_hex_escape(out: &mut String, tag: char, code: u32, width: u32) {
    out.push('\\');
    out.push(tag);
    for shift in (0..width).rev() {
        out.push(char::from(HEX[((code >> (shift * 4)) & 0xF) as usize]));
    }
}
