//! Tests of the `num` module against tables generated with CPython 3.11 (testdata/generate.py;
//! rerun it to regenerate), each row run through one `Checker`, plus a few hand-written cases
//! for what the tables do not reach (digit limits, fast paths, error rendering).

use std::fmt::Display;
use std::str::FromStr;

use num_bigint::BigInt;

use super::*;

mod cases;
mod ops;

/// Collects mismatches so one run reports many, and fails at the end if there were any.
struct Checker {
    table: &'static str,
    checked: usize,
    failures: Vec<String>,
}

impl Checker {
    fn new(table: &'static str) -> Self {
        Checker {
            table,
            checked: 0,
            failures: Vec::new(),
        }
    }

    fn check(&mut self, case: impl Display, got: &str, expected: &str) {
        self.checked += 1;
        if got != expected {
            self.failures.push(format!(
                "{case}\n    got:      {got}\n    expected: {expected}"
            ));
        }
    }

    fn finish(self) {
        assert!(self.checked > 0, "{}: no cases ran", self.table);
        if !self.failures.is_empty() {
            let shown: Vec<_> = self.failures.iter().take(40).cloned().collect();
            panic!(
                "{}: {} of {} cases differ from CPython:\n{}",
                self.table,
                self.failures.len(),
                self.checked,
                shown.join("\n")
            );
        }
    }
}

/// The rows of a tab-separated table.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|line| !line.is_empty())
        .map(|line| line.split('\t').collect())
}

/// Undoes generate.py's `esc`: `\\`, `\t`, `\n`, `\r` and `\u{hex}`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("bad \\u escape in a table");
                out.push(char::from_u32(code).expect("surrogate in a table"));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn float_from_bits(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("bad float bits in a table"))
}

/// A float as the tables write it: its bits in hex, with every NaN written alike.
fn float_text(x: f64) -> String {
    if x.is_nan() {
        "nan".to_owned()
    } else {
        format!("{:016x}", x.to_bits())
    }
}

/// An expected float cell, normalised like [`float_text`].
fn expected_float(cell: &str) -> String {
    if cell.starts_with('!') || cell == "complex" {
        cell.to_owned()
    } else {
        float_text(float_from_bits(cell))
    }
}

fn big(s: &str) -> BigInt {
    BigInt::from_str(s).expect("bad int in a table")
}

fn error_text(e: &NumError) -> String {
    let class = match e.kind {
        ErrorKind::Value => "ValueError",
        ErrorKind::Overflow => "OverflowError",
        ErrorKind::ZeroDivision => "ZeroDivisionError",
        ErrorKind::Memory => "MemoryError",
    };
    format!("!{class}: {}", e.message)
}

fn result_text<T>(r: Result<T, NumError>, show: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => show(v),
        Err(e) => error_text(&e),
    }
}

#[test]
fn float_repr_matches_cpython() {
    let mut checker = Checker::new("float_repr.tsv");
    for row in rows(include_str!("testdata/float_repr.tsv")) {
        let x = float_from_bits(row[0]);
        checker.check(row[0], &float_repr(x), row[1]);
    }
    checker.finish();
}

#[test]
fn format_matches_cpython() {
    let mut checker = Checker::new("format.tsv");
    for row in rows(include_str!("testdata/format.tsv")) {
        let spec_text = unescape(row[2]);
        let (type_name, result) = match row[0] {
            "i" => (
                "int",
                parse_format_spec(&spec_text)
                    .and_then(|spec| format_int(&big(row[1]), &spec, 4300)),
            ),
            "f" => {
                let x = float_from_bits(row[1]);
                (
                    "float",
                    parse_format_spec(&spec_text).and_then(|spec| format_float(x, &spec)),
                )
            }
            _ => {
                let s = unescape(row[1]);
                (
                    "str",
                    parse_format_spec(&spec_text).and_then(|spec| format_str(&s, &spec)),
                )
            }
        };
        let got = match result {
            Ok(text) => text,
            Err(e) => error_text(&e.into_error(type_name)),
        };
        checker.check(
            format_args!("format({}, {:?})", row[1], spec_text),
            &got,
            &unescape(row[3]),
        );
    }
    checker.finish();
}

/// Splits a `%` conversion like `%-#12.3f` into flags, precision and conversion character.
fn parse_percent(fmt: &str) -> (PercentFlags, Option<usize>, char) {
    let mut flags = PercentFlags::default();
    let mut rest = &fmt[1..];
    while let Some(c) = rest.chars().next() {
        match c {
            '-' => flags.left = true,
            '+' => flags.plus = true,
            ' ' => flags.space = true,
            '#' => flags.alternate = true,
            '0' => flags.zero = true,
            _ => break,
        }
        rest = &rest[1..];
    }
    let width_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    flags.width = rest[..width_len].parse().ok();
    rest = &rest[width_len..];
    let mut precision = None;
    if let Some(tail) = rest.strip_prefix('.') {
        let len = tail.bytes().take_while(u8::is_ascii_digit).count();
        precision = Some(tail[..len].parse().unwrap_or(0));
        rest = &tail[len..];
    }
    (
        flags,
        precision,
        rest.chars().next().expect("a conversion character"),
    )
}

#[test]
fn percent_format_matches_cpython() {
    let mut checker = Checker::new("percent.tsv");
    for row in rows(include_str!("testdata/percent.tsv")) {
        let (flags, precision, conv) = parse_percent(row[2]);
        let got = match row[0] {
            "f" => format_percent_float(float_from_bits(row[1]), conv, &flags, precision),
            "i" => result_text(
                format_percent_int(&big(row[1]), conv, &flags, precision, 4300),
                |s| s,
            ),
            _ => pad_percent_str(&unescape(row[1]), &flags, precision),
        };
        checker.check(
            format_args!("{:?} % {}", row[2], row[1]),
            &got,
            &unescape(row[3]),
        );
    }
    checker.finish();
}

#[test]
fn round_matches_cpython() {
    let mut checker = Checker::new("round.tsv");
    for row in rows(include_str!("testdata/round.tsv")) {
        let x = float_from_bits(row[0]);
        let (got, expected) = if row[1] == "None" {
            (
                result_text(float_round_to_int(x), |v| v.to_string()),
                row[2].to_owned(),
            )
        } else {
            let ndigits: i64 = row[1].parse().expect("ndigits");
            (
                result_text(float_round(x, ndigits), float_text),
                expected_float(row[2]),
            )
        };
        checker.check(
            format_args!("round({}, {})", float_repr(x), row[1]),
            &got,
            &expected,
        );
    }
    checker.finish();
}

#[test]
fn parse_float_matches_cpython() {
    let mut checker = Checker::new("parse_float.tsv");
    for row in rows(include_str!("testdata/parse_float.tsv")) {
        let s = unescape(row[0]);
        let got = match parse_float(&s) {
            Some(x) => float_text(x),
            None => error_text(&float_literal_error(&s)),
        };
        checker.check(format_args!("float({s:?})"), &got, &expected_float(row[1]));
    }
    checker.finish();
}

#[test]
fn parse_int_matches_cpython() {
    let mut checker = Checker::new("parse_int.tsv");
    for row in rows(include_str!("testdata/parse_int.tsv")) {
        let s = unescape(row[0]);
        let base: u32 = row[1].parse().expect("base");
        let got = match parse_int(&s, base, DEFAULT_MAX_STR_DIGITS) {
            Ok(v) => v.to_string(),
            Err(e) => error_text(&e.into_error(&s, base)),
        };
        let shown: String = s.chars().take(60).collect();
        checker.check(format_args!("int({shown:?}, {base})"), &got, row[2]);
    }
    checker.finish();
}

#[test]
fn hash_matches_cpython() {
    let mut checker = Checker::new("hash.tsv");
    for row in rows(include_str!("testdata/hash.tsv")) {
        if row[0] == "i" {
            let v = big(row[1]);
            checker.check(
                format_args!("hash({})", row[1]),
                &hash_int(&v).to_string(),
                row[2],
            );
            if let Ok(i) = i64::try_from(&v) {
                checker.check(
                    format_args!("hash_i64({i})"),
                    &hash_i64(i).to_string(),
                    row[2],
                );
            }
        } else {
            let x = float_from_bits(row[1]);
            checker.check(
                format_args!("hash({})", float_repr(x)),
                &hash_float(x).to_string(),
                row[2],
            );
        }
    }
    checker.finish();
}

#[test]
fn repr_matches_cpython() {
    let mut checker = Checker::new("repr.tsv");
    for row in rows(include_str!("testdata/repr.tsv")) {
        let expected = unescape(row[2]);
        if row[0] == "s" {
            let s = unescape(row[1]);
            checker.check(format_args!("repr({s:?})"), &str_repr(&s), &expected);
        } else {
            let bytes: Vec<u8> = (0..row[1].len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&row[1][i..i + 2], 16).expect("hex byte"))
                .collect();
            checker.check(
                format_args!("repr(bytes.fromhex({:?}))", row[1]),
                &bytes_repr(&bytes),
                &expected,
            );
        }
    }
    checker.finish();
}
