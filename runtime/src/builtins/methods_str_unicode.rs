//! The Unicode character properties and case mappings of CPython 3.11 (Unicode 14.0.0) that
//! the str methods use, read from tables generated from CPython itself, so that results do not
//! depend on the Unicode version of the Rust standard library.

mod tables;

use tables::{
    ALPHA, CASE_IGNORABLE, DIGIT_NOT_DECIMAL, FOLD_DIFF, LOWERCASE, LOWER_MULTI, LOWER_RUNS,
    NUMERIC_NOT_DIGIT, TITLECASE, TITLE_DIFF, UPPERCASE, UPPER_MULTI, UPPER_RUNS, XID_CONTINUE,
    XID_START,
};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    let i = table.partition_point(|&(start, _)| start <= c);
    i > 0 && table[i - 1].1 >= c
}

fn find_multi(table: &[(u32, &'static str)], c: char) -> Option<&'static str> {
    let c = c as u32;
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Applies a mapping stored as runs of one-to-one deltas plus a table of longer results.
fn push_mapped(
    out: &mut String,
    c: char,
    runs: &[(u32, u32, u32, i32)],
    multi: &[(u32, &'static str)],
) {
    if let Some(m) = find_multi(multi, c) {
        out.push_str(m);
        return;
    }
    let n = c as u32;
    let i = runs.partition_point(|&(start, ..)| start <= n);
    if i > 0 {
        let (start, end, stride, delta) = runs[i - 1];
        if n <= end && (n - start).is_multiple_of(stride) {
            if let Some(m) = char::from_u32((n as i64 + delta as i64) as u32) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

/// Categories Lu, Ll, Lt, Lm and Lo.
pub(super) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(&ALPHA, c)
}

/// The Lowercase property.
pub(super) fn is_lowercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(&LOWERCASE, c)
}

/// The Uppercase property.
pub(super) fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(&UPPERCASE, c)
}

/// Category Lt (titlecase letters such as U+01C5).
pub(super) fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(&TITLECASE, c)
}

/// The Cased property: Lowercase, Uppercase or Lt.
pub(super) fn is_cased(c: char) -> bool {
    is_lowercase(c) || is_uppercase(c) || is_titlecase(c)
}

pub(super) fn is_case_ignorable(c: char) -> bool {
    in_ranges(&CASE_IGNORABLE, c)
}

/// Category Nd: `str.isdecimal()`.
pub(super) fn is_decimal(c: char) -> bool {
    crate::num::decimal_value(c).is_some()
}

/// Numeric_Type Digit or Decimal: `str.isdigit()`.
pub(super) fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_ranges(&DIGIT_NOT_DECIMAL, c))
}

/// Any Numeric_Type: `str.isnumeric()`.
pub(super) fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_ranges(&NUMERIC_NOT_DIGIT, c))
}

/// `str.isalnum()` for one character.
pub(super) fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

pub(super) fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(&XID_START, c)
}

pub(super) fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(&XID_CONTINUE, c)
}

/// The full lowercase mapping of `c` (without the final-sigma rule, see `lower_at`).
pub(super) fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    push_mapped(out, c, &LOWER_RUNS, &LOWER_MULTI);
}

/// The full uppercase mapping of `c`.
pub(super) fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    push_mapped(out, c, &UPPER_RUNS, &UPPER_MULTI);
}

/// The full titlecase mapping of `c`.
pub(super) fn push_title(out: &mut String, c: char) {
    match find_multi(&TITLE_DIFF, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

/// The full case folding of `c`.
pub(super) fn push_fold(out: &mut String, c: char) {
    match find_multi(&FOLD_DIFF, c) {
        Some(m) => out.push_str(m),
        None => push_lower(out, c),
    }
}

/// Lowercases `chars[i]`, applying CPython's final-sigma rule to U+03A3: it becomes U+03C2
/// when preceded by a cased letter and not followed by one (skipping case-ignorable ones).
pub(super) fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3A3}' {
        push_lower(out, c);
        return;
    }
    let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p));
    let mut final_sigma = before.is_some_and(|&p| is_cased(p));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&n| !is_case_ignorable(n));
        final_sigma = after.is_none_or(|&n| !is_cased(n));
    }
    out.push(if final_sigma { '\u{3C2}' } else { '\u{3C3}' });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::new();
        for i in 0..chars.len() {
            push_lower_at(&mut out, &chars, i);
        }
        out
    }

    #[test]
    fn mappings_match_cpython() {
        let mut up = String::new();
        for c in "straße ǆ ﬁ".chars() {
            push_upper(&mut up, c);
        }
        assert_eq!(up, "STRASSE Ǆ FI");
        let mut title = String::new();
        for c in "ǆßﬁ".chars() {
            push_title(&mut title, c);
        }
        assert_eq!(title, "ǅSsFi");
        assert_eq!(lower("ΑΣ ΣΑ Σ"), "ας σα σ");
        assert_eq!(lower("İ"), "i\u{307}");
        let mut fold = String::new();
        push_fold(&mut fold, 'ß');
        assert_eq!(fold, "ss");
    }

    #[test]
    fn properties_match_cpython() {
        assert!(is_alpha('é') && !is_alpha('\u{2167}') && is_numeric('\u{2167}'));
        assert!(is_digit('²') && !is_decimal('²') && is_decimal('٣'));
        assert!(is_numeric('½') && !is_digit('½'));
        assert!(is_titlecase('ǅ') && is_cased('ǅ') && !is_cased('1'));
        assert!(is_xid_start('é') && !is_xid_start('1') && is_xid_continue('1'));
    }
}
