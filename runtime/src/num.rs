//! Numbers with CPython 3.11's exact semantics: float repr, the format-spec mini-language,
//! printf-style `%` formatting, `int()`/`float()` parsing, str and bytes reprs, integer and float
//! arithmetic, and hashing.
//!
//! Everything here is a pure function over Rust primitives and `num_bigint::BigInt`; nothing
//! knows the VM's value types. A failure comes back as a [`NumError`]: the Python exception type
//! and CPython's exact message, so the VM raises it unchanged. Format errors whose message names
//! the formatted object's type come back as a [`FormatError`], rendered with the type's name.
//!
//! Where CPython's behaviour depends on interpreter state (`sys.set_int_max_str_digits`, the
//! identity of a NaN being hashed), the state is an argument and the function says so.
//!
//! Architecture Invariant: no function here allocates a Python object or touches the
//! interpreter; the code compiles and runs the same natively and on wasm32.

use std::borrow::Cow;

mod float_ops;
mod float_repr;
mod format_num;
mod format_spec;
mod hash;
mod int_ops;
mod parse;
mod printf;
mod repr;
mod unicode;

#[cfg(test)]
mod tests;

pub use float_ops::{
    float_div, float_divmod, float_floordiv, float_mod, float_pow, float_round, float_round_to_int,
    FloatPowError,
};
pub use float_repr::float_repr;
pub use format_num::{format_complex, format_float, format_int};
pub use format_spec::{
    format_str, parse_format_spec, Align, FormatError, FormatSpec, Grouping, Sign,
};
pub use hash::{hash_float, hash_i64, hash_int, HASH_INF, HASH_MODULUS};
pub use int_ops::{
    bigint_to_f64, divmod_i64, f64_to_bigint, float_to_int, floordiv_i64, i64_float_cmp,
    int_divmod, int_float_cmp, int_floordiv, int_lshift, int_mod, int_pow, int_pow_bits,
    int_pow_mod, int_rshift, int_to_radix_prefixed, int_true_div, lshift_i64, lshift_overflows,
    mod_i64, pow_i64, rshift_i64, shift_count, true_div_i64,
};
pub use parse::{
    check_int_str_digits, float_literal_error, int_base_error, int_literal_error, int_to_decimal,
    parse_complex, parse_float, parse_int, ParseIntError, DEFAULT_MAX_STR_DIGITS,
};
pub use printf::{format_percent_float, format_percent_int, pad_percent_str, PercentFlags};
pub use repr::{bytes_repr, str_repr, write_str_repr};
pub use unicode::{decimal_value, is_printable, is_space};

/// The Python exception class a [`NumError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`.
    Value,
    /// `OverflowError`.
    Overflow,
    /// `ZeroDivisionError`.
    ZeroDivision,
    /// `MemoryError` (CPython raises it for shifts too large to allocate).
    Memory,
}

/// A Python exception raised by a numeric helper: its class and CPython's exact message.
///
/// Fixed messages are borrowed; only messages that embed a value (a literal, a digit count)
/// allocate, and only on the error path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrorKind,
    pub message: Cow<'static, str>,
}

impl NumError {
    pub(crate) fn value(message: impl Into<Cow<'static, str>>) -> Self {
        NumError {
            kind: ErrorKind::Value,
            message: message.into(),
        }
    }

    pub(crate) fn overflow(message: impl Into<Cow<'static, str>>) -> Self {
        NumError {
            kind: ErrorKind::Overflow,
            message: message.into(),
        }
    }

    pub(crate) fn zero_division(message: &'static str) -> Self {
        NumError {
            kind: ErrorKind::ZeroDivision,
            message: Cow::Borrowed(message),
        }
    }
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let class = match self.kind {
            ErrorKind::Value => "ValueError",
            ErrorKind::Overflow => "OverflowError",
            ErrorKind::ZeroDivision => "ZeroDivisionError",
            ErrorKind::Memory => "MemoryError",
        };
        write!(f, "{class}: {}", self.message)
    }
}
