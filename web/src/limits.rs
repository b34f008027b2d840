//! Turning the plain JS object a page passes as limits into the runtime's `Limits`.

use isola_runtime::{ChildLimits, Limits};

/// One recognised field of the JS limits object and the number the page gave for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LimitField {
    MaxInstructions(f64),
    MaxHeapBytes(f64),
    MaxRecursion(f64),
    MaxOutputBytes(f64),
    TimeoutMs(f64),
}

impl LimitField {
    /// The JS property names, in the order they are documented.
    pub const NAMES: [&'static str; 5] = [
        "maxInstructions",
        "maxHeapBytes",
        "maxRecursion",
        "maxOutputBytes",
        "timeoutMs",
    ];

    /// Pairs a JS property name with its value; `None` for a name this build does not know, so
    /// that a misspelt limit is an error rather than silently unlimited.
    pub fn from_name(name: &str, value: f64) -> Option<LimitField> {
        Some(match name {
            "maxInstructions" => LimitField::MaxInstructions(value),
            "maxHeapBytes" => LimitField::MaxHeapBytes(value),
            "maxRecursion" => LimitField::MaxRecursion(value),
            "maxOutputBytes" => LimitField::MaxOutputBytes(value),
            "timeoutMs" => LimitField::TimeoutMs(value),
            _ => return None,
        })
    }
}

/// Builds `Limits` from the fields a page set; unset fields keep `Limits::default()`. Numbers must
/// be non-negative integers that fit (JS has only doubles, so `1e9` is accepted as written).
pub fn limits_from_fields(fields: &[LimitField]) -> Result<Limits, String> {
    let set = asked_limits(fields)?;
    let defaults = Limits::default();
    Ok(Limits {
        max_instructions: set.max_instructions,
        max_heap_bytes: set.max_heap_bytes,
        max_recursion: set.max_recursion.unwrap_or(defaults.max_recursion),
        max_output_bytes: set.max_output_bytes,
        timeout_ns: set.timeout_ns,
    })
}

/// The limits of an interpreter that Python code created: its creator's `own`, bounded by the
/// fields the child asked for, with the runtime's one clamp ([`ChildLimits::within`]), as the
/// native and wasmtime hosts bound them. The request comes from a guest, so it is never trusted
/// to be within its creator's limits already.
pub fn child_limits(own: &[LimitField], asked: &[LimitField]) -> Result<Limits, String> {
    Ok(asked_limits(asked)?.within(&limits_from_fields(own)?))
}

/// The limits as JS limit fields, for a child's own children to be bounded by: each set limit,
/// a timeout in whole milliseconds rounded up.
pub fn limit_fields(limits: &Limits) -> Vec<LimitField> {
    let number = |n: u64| n as f64;
    let mut fields = Vec::new();
    fields.extend(
        limits
            .max_instructions
            .map(|n| LimitField::MaxInstructions(number(n))),
    );
    fields.extend(
        limits
            .max_heap_bytes
            .map(|n| LimitField::MaxHeapBytes(number(n))),
    );
    fields.push(LimitField::MaxRecursion(f64::from(limits.max_recursion)));
    fields.extend(
        limits
            .max_output_bytes
            .map(|n| LimitField::MaxOutputBytes(number(n))),
    );
    fields.extend(
        limits
            .timeout_ns
            .map(|ns| LimitField::TimeoutMs(number(ns.div_ceil(1_000_000)))),
    );
    fields
}

impl LimitField {
    /// The JS property name and the number.
    pub fn name_and_value(self) -> (&'static str, f64) {
        match self {
            LimitField::MaxInstructions(v) => ("maxInstructions", v),
            LimitField::MaxHeapBytes(v) => ("maxHeapBytes", v),
            LimitField::MaxRecursion(v) => ("maxRecursion", v),
            LimitField::MaxOutputBytes(v) => ("maxOutputBytes", v),
            LimitField::TimeoutMs(v) => ("timeoutMs", v),
        }
    }
}

/// The fields set, each checked, and `None` for the others.
fn asked_limits(fields: &[LimitField]) -> Result<ChildLimits, String> {
    let mut limits = ChildLimits::default();
    for field in fields {
        match *field {
            LimitField::MaxInstructions(v) => {
                limits.max_instructions = Some(whole_number("maxInstructions", v)?);
            }
            LimitField::MaxHeapBytes(v) => {
                limits.max_heap_bytes = Some(whole_number("maxHeapBytes", v)?);
            }
            LimitField::MaxRecursion(v) => {
                let depth = whole_number("maxRecursion", v)?;
                limits.max_recursion = Some(
                    u32::try_from(depth)
                        .map_err(|_| format!("limits.maxRecursion is too large: {v}"))?,
                );
            }
            LimitField::MaxOutputBytes(v) => {
                limits.max_output_bytes = Some(whole_number("maxOutputBytes", v)?);
            }
            LimitField::TimeoutMs(v) => {
                let ms = whole_number("timeoutMs", v)?;
                let ns = ms
                    .checked_mul(1_000_000)
                    .ok_or_else(|| format!("limits.timeoutMs is too large: {v}"))?;
                limits.timeout_ns = Some(ns);
            }
        }
    }
    Ok(limits)
}

/// A JS number as a `u64`, refusing fractions, negatives, NaN and values past 2^53 (where doubles
/// stop being exact, so the page would not get the limit it wrote).
fn whole_number(name: &str, value: f64) -> Result<u64, String> {
    const MAX_EXACT: f64 = 9_007_199_254_740_992.0;
    if value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value <= MAX_EXACT {
        // The checks above make this conversion exact.
        Ok(value as u64)
    } else {
        Err(format!(
            "limits.{name} must be a non-negative whole number, got {value}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_fields_keep_the_defaults() {
        assert_eq!(limits_from_fields(&[]), Ok(Limits::default()));
    }

    #[test]
    fn every_field_lands_in_its_limit() {
        let fields: Vec<LimitField> = LimitField::NAMES
            .iter()
            .zip([1e9, 65536.0, 200.0, 4096.0, 2500.0])
            .filter_map(|(name, value)| LimitField::from_name(name, value))
            .collect();
        assert_eq!(fields.len(), 5);
        let limits = limits_from_fields(&fields).unwrap();
        assert_eq!(limits.max_instructions, Some(1_000_000_000));
        assert_eq!(limits.max_heap_bytes, Some(65536));
        assert_eq!(limits.max_recursion, 200);
        assert_eq!(limits.max_output_bytes, Some(4096));
        assert_eq!(limits.timeout_ns, Some(2_500_000_000));
    }

    #[test]
    fn a_child_gets_what_it_asks_but_never_more_than_its_creator() {
        let own = [
            LimitField::MaxInstructions(1000.0),
            LimitField::MaxRecursion(100.0),
            LimitField::TimeoutMs(2000.0),
        ];
        // A hostile guest asks for more of everything than its creator has.
        let asked = [
            LimitField::MaxInstructions(1e12),
            LimitField::MaxHeapBytes(4096.0),
            LimitField::MaxRecursion(5000.0),
            LimitField::TimeoutMs(50.0),
        ];
        let limits = child_limits(&own, &asked).unwrap();
        assert_eq!(limits.max_instructions, Some(1000));
        assert_eq!(limits.max_heap_bytes, Some(4096));
        assert_eq!(limits.max_recursion, 100);
        assert_eq!(limits.max_output_bytes, None);
        assert_eq!(limits.timeout_ns, Some(50_000_000));
        // Asking nothing gets the creator's own limits.
        let inherited = child_limits(&own, &[]).unwrap();
        assert_eq!(inherited, limits_from_fields(&own).unwrap());
        // And the fields round-trip, so that a grandchild is bounded by the child.
        assert_eq!(limits_from_fields(&limit_fields(&limits)).unwrap(), limits);
    }

    #[test]
    fn unknown_names_are_not_fields() {
        assert_eq!(LimitField::from_name("maxInstruction", 1.0), None);
    }

    #[test]
    fn bad_numbers_are_refused_with_the_field_name() {
        for bad in [-1.0, 0.5, f64::NAN, f64::INFINITY, 1e300] {
            let err = limits_from_fields(&[LimitField::MaxInstructions(bad)]).unwrap_err();
            assert!(err.starts_with("limits.maxInstructions must be"), "{err}");
        }
        let err = limits_from_fields(&[LimitField::MaxRecursion(5e9)]).unwrap_err();
        assert_eq!(err, "limits.maxRecursion is too large: 5000000000");
        let err = limits_from_fields(&[LimitField::TimeoutMs(9e15)]).unwrap_err();
        assert_eq!(err, "limits.timeoutMs is too large: 9000000000000000");
    }
}
