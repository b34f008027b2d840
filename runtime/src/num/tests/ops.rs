//! Integer and float arithmetic checked against testdata/int_ops.tsv and float_ops.tsv.

use num_bigint::BigInt;

use super::super::*;
use super::{
    big, error_text, expected_float, float_from_bits, float_text, result_text, rows, Checker,
};

fn pair_text((a, b): (BigInt, BigInt)) -> String {
    format!("{a} {b}")
}

#[test]
fn int_ops_match_cpython() {
    let mut checker = Checker::new("int_ops.tsv");
    for row in rows(include_str!("../testdata/int_ops.tsv")) {
        let case = row.join(" ");
        match row[0] {
            "truediv" => {
                let (a, b) = (big(row[1]), big(row[2]));
                let got = result_text(int_true_div(&a, &b), float_text);
                checker.check(&case, &got, &expected_float(row[3]));
                if let (Ok(x), Ok(y)) = (i64::try_from(&a), i64::try_from(&b)) {
                    if let Some(q) = true_div_i64(x, y) {
                        checker.check(
                            format_args!("{case} (i64)"),
                            &float_text(q),
                            &expected_float(row[3]),
                        );
                    }
                }
            }
            "floordiv" => {
                let (a, b) = (big(row[1]), big(row[2]));
                checker.check(
                    &case,
                    &result_text(int_floordiv(&a, &b), |v| v.to_string()),
                    row[3],
                );
                check_i64_fast_path(&mut checker, &case, &a, &b, floordiv_i64, row[3]);
            }
            "mod" => {
                let (a, b) = (big(row[1]), big(row[2]));
                checker.check(
                    &case,
                    &result_text(int_mod(&a, &b), |v| v.to_string()),
                    row[3],
                );
                check_i64_fast_path(&mut checker, &case, &a, &b, mod_i64, row[3]);
            }
            "divmod" => {
                let (a, b) = (big(row[1]), big(row[2]));
                checker.check(&case, &result_text(int_divmod(&a, &b), pair_text), row[3]);
                if let (Ok(x), Ok(y), false) = (
                    i64::try_from(&a),
                    i64::try_from(&b),
                    row[3].starts_with('!'),
                ) {
                    if let Some((q, r)) = divmod_i64(x, y) {
                        checker.check(format_args!("{case} (i64)"), &format!("{q} {r}"), row[3]);
                    }
                }
            }
            "powmod" => {
                let got = result_text(int_pow_mod(&big(row[1]), &big(row[2]), &big(row[3])), |v| {
                    v.to_string()
                });
                checker.check(&case, &got, row[4]);
            }
            "lshift" if row[3] != "skip" => {
                let (a, n) = (big(row[1]), big(row[2]));
                checker.check(
                    &case,
                    &result_text(int_lshift(&a, &n), |v| v.to_string()),
                    row[3],
                );
                if let (Ok(x), Ok(k), Some(v)) = (
                    i64::try_from(&a),
                    i64::try_from(&n),
                    row[3].parse::<i64>().ok(),
                ) {
                    if let Some(shifted) = lshift_i64(x, k) {
                        checker.check(
                            format_args!("{case} (i64)"),
                            &shifted.to_string(),
                            &v.to_string(),
                        );
                    }
                }
            }
            "rshift" => {
                let (a, n) = (big(row[1]), big(row[2]));
                checker.check(
                    &case,
                    &result_text(int_rshift(&a, &n), |v| v.to_string()),
                    row[3],
                );
                if let (Ok(x), Ok(k)) = (i64::try_from(&a), i64::try_from(&n)) {
                    if let Some(shifted) = rshift_i64(x, k) {
                        checker.check(format_args!("{case} (i64)"), &shifted.to_string(), row[3]);
                    }
                }
            }
            "float" => {
                let got = match bigint_to_f64(&big(row[1])) {
                    Some(x) => float_text(x),
                    None => "!OverflowError: int too large to convert to float".to_owned(),
                };
                checker.check(&case, &got, &expected_float(row[2]));
            }
            "radix" => {
                let radix: u32 = row[2].parse().expect("radix");
                checker.check(&case, &int_to_radix_prefixed(&big(row[1]), radix), row[3]);
            }
            "cmp" => {
                let (a, x) = (big(row[1]), float_from_bits(row[2]));
                let show = |o: Option<std::cmp::Ordering>| match o {
                    None => "None".to_owned(),
                    Some(o) => (o as i8).to_string(),
                };
                checker.check(&case, &show(int_float_cmp(&a, x)), row[3]);
                if let Ok(i) = i64::try_from(&a) {
                    checker.check(
                        format_args!("{case} (i64)"),
                        &show(i64_float_cmp(i, x)),
                        row[3],
                    );
                }
            }
            "toint" => {
                let got = result_text(float_to_int(float_from_bits(row[1])), |v| v.to_string());
                checker.check(&case, &got, row[2]);
            }
            _ => {}
        }
    }
    checker.finish();
}

/// Checks an `i64` fast path where it gives an answer; it must decline (None) on zero divisors.
fn check_i64_fast_path(
    checker: &mut Checker,
    case: &str,
    a: &BigInt,
    b: &BigInt,
    op: fn(i64, i64) -> Option<i64>,
    expected: &str,
) {
    if let (Ok(x), Ok(y)) = (i64::try_from(a), i64::try_from(b)) {
        let got = match op(x, y) {
            Some(v) => v.to_string(),
            None if y == 0 => expected.to_owned(),
            None => "None".to_owned(),
        };
        let expected = if expected.parse::<i64>().is_ok() || y == 0 {
            expected
        } else {
            "None"
        };
        checker.check(format_args!("{case} (i64)"), &got, expected);
    }
}

#[test]
fn float_ops_match_cpython() {
    let mut checker = Checker::new("float_ops.tsv");
    for row in rows(include_str!("../testdata/float_ops.tsv")) {
        let (a, b) = (float_from_bits(row[1]), float_from_bits(row[2]));
        let case = format!("{} {} {}", row[0], float_repr(a), float_repr(b));
        let (got, expected) = match row[0] {
            "floordiv" => (
                result_text(float_floordiv(a, b), float_text),
                expected_float(row[3]),
            ),
            "mod" => (
                result_text(float_mod(a, b), float_text),
                expected_float(row[3]),
            ),
            "div" => (
                result_text(float_div(a, b), float_text),
                expected_float(row[3]),
            ),
            "divmod" => {
                let got = result_text(float_divmod(a, b), |(q, r)| {
                    format!("{} {}", float_text(q), float_text(r))
                });
                let expected = if row[3].starts_with('!') {
                    row[3].to_owned()
                } else {
                    row[3]
                        .split(' ')
                        .map(expected_float)
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                (got, expected)
            }
            _ => {
                let got = match float_pow(a, b) {
                    Ok(x) => float_text(x),
                    Err(FloatPowError::Complex) => "complex".to_owned(),
                    Err(FloatPowError::Error(e)) => error_text(&e),
                };
                (got, expected_float(row[3]))
            }
        };
        checker.check(&case, &got, &expected);
    }
    checker.finish();
}
