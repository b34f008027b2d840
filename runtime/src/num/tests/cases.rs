//! Hand-written cases for what the generated tables do not reach.

use num_bigint::BigInt;

use super::super::*;
use super::error_text;

const TO_STR_LIMIT: &str = "!ValueError: Exceeds the limit (4300 digits) for integer string \
                            conversion; use sys.set_int_max_str_digits() to increase the limit";

#[test]
fn int_str_digit_limit() {
    let ten = BigInt::from(10);
    let at_limit = int_pow(&ten, 4300) - 1;
    let over = int_pow(&ten, 4300);
    assert_eq!(int_to_decimal(&at_limit, 4300).map(|s| s.len()), Ok(4300));
    assert_eq!(int_to_decimal(&-&at_limit, 4300).map(|s| s.len()), Ok(4301));
    assert_eq!(
        int_to_decimal(&over, 4300).map_err(|e| error_text(&e)),
        Err(TO_STR_LIMIT.to_owned())
    );
    assert_eq!(int_to_decimal(&over, 0).map(|s| s.len()), Ok(4301));
    assert!(check_int_str_digits(&int_pow(&ten, 100_000), 4300).is_err());
    let spec = parse_format_spec(",").unwrap();
    let err = format_int(&over, &spec, 4300)
        .unwrap_err()
        .into_error("int");
    assert_eq!(error_text(&err), TO_STR_LIMIT);
    let hex = parse_format_spec("x").unwrap();
    assert_eq!(format_int(&over, &hex, 4300).map(|s| s.len()), Ok(3572));
    let flags = PercentFlags::default();
    assert!(format_percent_int(&over, 'd', &flags, None, 4300).is_err());
    assert!(format_percent_int(&over, 'x', &flags, None, 4300).is_ok());
}

#[test]
fn int_parse_digit_limit_is_a_parameter() {
    let digits = "7".repeat(5000);
    assert_eq!(
        parse_int(&digits, 10, 4300),
        Err(ParseIntError::TooManyDigits {
            limit: 4300,
            digits: 5000
        })
    );
    let message = ParseIntError::TooManyDigits {
        limit: 4300,
        digits: 5000,
    }
    .into_error(&digits, 10);
    assert_eq!(
        message.message,
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    assert_eq!(
        parse_int(&digits, 10, 0).map(|v| v.to_string().len()),
        Ok(5000)
    );
    assert_eq!(
        parse_int(&digits, 10, 6000).map(|v| v.to_string().len()),
        Ok(5000)
    );
}

#[test]
fn i64_fast_paths_decline_what_they_cannot_answer() {
    assert_eq!(floordiv_i64(i64::MIN, -1), None);
    assert_eq!(floordiv_i64(1, 0), None);
    assert_eq!(mod_i64(i64::MIN, -1), Some(0));
    assert_eq!(mod_i64(-7, 0), None);
    assert_eq!(divmod_i64(-7, 2), Some((-4, 1)));
    assert_eq!(lshift_i64(1, 62), Some(1 << 62));
    assert_eq!(lshift_i64(1, 63), None);
    assert_eq!(lshift_i64(-1, 63), Some(i64::MIN));
    assert_eq!(lshift_i64(0, 1 << 40), Some(0));
    assert_eq!(lshift_i64(3, -1), None);
    assert_eq!(rshift_i64(-5, 1000), Some(-1));
    assert_eq!(rshift_i64(5, -1), None);
    assert_eq!(pow_i64(3, 39), Some(4_052_555_153_018_976_267));
    assert_eq!(pow_i64(3, 40), None);
    assert_eq!(pow_i64(-1, u64::MAX), Some(-1));
    assert_eq!(pow_i64(0, 0), Some(1));
    assert_eq!(
        int_pow_bits(&BigInt::from(10), 10_000_000_000),
        40_000_000_000
    );
    assert_eq!(int_pow_bits(&BigInt::from(-1), u64::MAX), 1);
}

#[test]
fn shift_errors() {
    let one = BigInt::from(1);
    let err = int_lshift(&one, &BigInt::from(-1)).unwrap_err();
    assert_eq!(error_text(&err), "!ValueError: negative shift count");
    let huge = BigInt::from(1) << 64u32;
    // As CPython: a result it could count in digits but not allocate is a MemoryError, one
    // of more digits than a size can count an OverflowError.
    assert_eq!(int_lshift(&one, &huge).unwrap_err().kind, ErrorKind::Memory);
    let past = BigInt::from(1) << 67u32;
    let err = int_lshift(&one, &past).unwrap_err();
    assert_eq!(
        error_text(&err),
        "!OverflowError: too many digits in integer"
    );
    assert_eq!(int_lshift(&BigInt::from(0), &huge), Ok(BigInt::from(0)));
    assert_eq!(int_rshift(&BigInt::from(-5), &huge), Ok(BigInt::from(-1)));
    assert_eq!(shift_count(&huge), Ok(None));
}

#[test]
fn format_errors_name_the_type() {
    let spec = parse_format_spec("s").unwrap();
    let err = format_int(&BigInt::from(1), &spec, 4300)
        .unwrap_err()
        .into_error("bool");
    assert_eq!(
        err.message,
        "Unknown format code 's' for object of type 'bool'"
    );
    let err = parse_format_spec("abc").unwrap_err().into_error("MyFloat");
    assert_eq!(
        err.message,
        "Invalid format specifier 'abc' for object of type 'MyFloat'"
    );
    let c = parse_format_spec("c").unwrap();
    assert_eq!(
        format_int(&BigInt::from(0xD800), &c, 4300),
        Err(FormatError::LoneSurrogate(0xD800))
    );
    assert_eq!(
        format_int(&BigInt::from(0x1F600), &c, 4300).as_deref(),
        Ok("\u{1F600}")
    );
    assert_eq!(
        error_text(
            &format_int(&-BigInt::from(1), &c, 4300)
                .unwrap_err()
                .into_error("int")
        ),
        "!OverflowError: %c arg not in range(0x110000)"
    );
}

#[test]
fn unicode_properties() {
    assert!(is_space('\u{1c}') && is_space('\u{3000}') && is_space('\u{85}'));
    assert!(!is_space('\u{200b}') && !is_space('\u{180e}') && !is_space('x'));
    assert_eq!(decimal_value('\u{0663}'), Some(3));
    assert_eq!(decimal_value('\u{1D7DF}'), Some(7));
    assert_eq!(decimal_value('\u{b2}'), None);
    assert_eq!(decimal_value('a'), None);
    assert!(is_printable(' ') && is_printable('\u{e9}') && is_printable('\u{1F600}'));
    assert!(!is_printable('\u{a0}') && !is_printable('\u{ad}') && !is_printable('\u{10FFFF}'));
}

#[test]
fn repr_writes_into_an_existing_buffer() {
    let mut out = String::from("[");
    write_str_repr(&mut out, "it's");
    out.push_str(", ");
    write_str_repr(&mut out, "\u{7f}\u{2028}");
    assert_eq!(out, "[\"it's\", '\\x7f\\u2028'");
}

#[test]
fn nan_hash_is_left_to_the_vm() {
    assert_eq!(hash_float(f64::NAN), 0);
    assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
    assert_eq!(hash_float(f64::INFINITY), HASH_INF);
}
