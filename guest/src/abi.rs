//! The byte-level contract between the guest and its host: status codes, stream numbers, limit
//! encoding and the error record. Compiled on every target so that the host decodes with the same
//! code the guest encodes with.
//!
//! The error record of a non-zero status, with `str` meaning a little-endian `u32` byte length
//! followed by that many UTF-8 bytes:
//!
//! | status | record |
//! |---|---|
//! | [`STATUS_EXCEPTION`] | `str type_name, str message, str traceback` |
//! | [`STATUS_EXIT`] | `i32` little-endian exit status |
//! | [`STATUS_LIMIT`] | `u8` kind ([`limit_kind_code`]), `str detail` |
//! | [`STATUS_ABI_ERROR`] | `str message` (the host broke the calling contract) |

use isola_runtime::{ExecError, LimitKind, Stream};

/// The call completed.
pub const STATUS_OK: i32 = 0;
/// An uncaught Python exception.
pub const STATUS_EXCEPTION: i32 = 1;
/// `SystemExit`.
pub const STATUS_EXIT: i32 = 2;
/// A runtime limit ended the run.
pub const STATUS_LIMIT: i32 = 3;
/// The host broke the calling contract (exec before init, source not UTF-8, ...).
pub const STATUS_ABI_ERROR: i32 = 4;

/// Stream number of stdout in the `write` import.
pub const STREAM_STDOUT: i32 = 1;
/// Stream number of stderr in the `write` import.
pub const STREAM_STDERR: i32 = 2;

/// The wire number of a stream.
pub fn stream_code(stream: Stream) -> i32 {
    match stream {
        Stream::Stdout => STREAM_STDOUT,
        Stream::Stderr => STREAM_STDERR,
    }
}

/// The stream of a wire number, `None` for an unknown number.
pub fn stream_from_code(code: i32) -> Option<Stream> {
    match code {
        STREAM_STDOUT => Some(Stream::Stdout),
        STREAM_STDERR => Some(Stream::Stderr),
        _ => None,
    }
}

/// An optional limit as an `i64` argument of `isola_init`: `-1` is unlimited, and values beyond
/// `i64::MAX` (practically unlimited anyway) saturate.
pub fn limit_to_wire(limit: Option<u64>) -> i64 {
    match limit {
        None => -1,
        Some(value) => i64::try_from(value).unwrap_or(i64::MAX),
    }
}

/// The inverse of [`limit_to_wire`]: any negative value is unlimited.
pub fn limit_from_wire(value: i64) -> Option<u64> {
    u64::try_from(value).ok()
}

/// The wire number of a limit kind.
pub fn limit_kind_code(kind: LimitKind) -> u8 {
    match kind {
        LimitKind::Instructions => 1,
        LimitKind::HeapBytes => 2,
        LimitKind::OutputBytes => 3,
        LimitKind::Timeout => 4,
    }
}

fn limit_kind_from_code(code: u8) -> Option<LimitKind> {
    match code {
        1 => Some(LimitKind::Instructions),
        2 => Some(LimitKind::HeapBytes),
        3 => Some(LimitKind::OutputBytes),
        4 => Some(LimitKind::Timeout),
        _ => None,
    }
}

/// Encode an error as its status and record.
pub fn encode_error(error: &ExecError) -> (i32, Vec<u8>) {
    let mut record = Vec::new();
    let status = match error {
        ExecError::Exception {
            type_name,
            message,
            traceback,
        } => {
            put_str(&mut record, type_name);
            put_str(&mut record, message);
            put_str(&mut record, traceback);
            STATUS_EXCEPTION
        }
        ExecError::Exit(code) => {
            record.extend_from_slice(&code.to_le_bytes());
            STATUS_EXIT
        }
        ExecError::Limit { kind, detail } => {
            record.push(limit_kind_code(*kind));
            put_str(&mut record, detail);
            STATUS_LIMIT
        }
    };
    (status, record)
}

/// Encode a broken calling contract as [`STATUS_ABI_ERROR`] and its record.
pub fn encode_abi_error(message: &str) -> (i32, Vec<u8>) {
    let mut record = Vec::new();
    put_str(&mut record, message);
    (STATUS_ABI_ERROR, record)
}

/// Why a status and record did not decode into an `ExecError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The guest reported [`STATUS_ABI_ERROR`] with this message.
    Abi(String),
    /// The status or record is not one the guest writes: a guest bug or a corrupted instance.
    Malformed(&'static str),
}

/// Decode the record of a non-zero status. Never panics, whatever the bytes.
pub fn decode_error(status: i32, record: &[u8]) -> Result<ExecError, DecodeError> {
    let mut reader = Reader { rest: record };
    let error = match status {
        STATUS_EXCEPTION => ExecError::Exception {
            type_name: reader.take_str()?,
            message: reader.take_str()?,
            traceback: reader.take_str()?,
        },
        STATUS_EXIT => ExecError::Exit(i32::from_le_bytes(reader.take_array()?)),
        STATUS_LIMIT => {
            let [code] = reader.take_array()?;
            let kind = limit_kind_from_code(code).ok_or(DecodeError::Malformed("limit kind"))?;
            ExecError::Limit {
                kind,
                detail: reader.take_str()?,
            }
        }
        STATUS_ABI_ERROR => return Err(DecodeError::Abi(reader.take_str()?)),
        _ => return Err(DecodeError::Malformed("unknown status")),
    };
    if reader.rest.is_empty() {
        Ok(error)
    } else {
        Err(DecodeError::Malformed("trailing bytes in the error record"))
    }
}

fn put_str(record: &mut Vec<u8>, text: &str) {
    // A string over 4 GiB cannot exist in a wasm32 guest; saturating keeps the encoder total.
    let len = u32::try_from(text.len()).unwrap_or(u32::MAX);
    record.extend_from_slice(&len.to_le_bytes());
    record.extend_from_slice(&text.as_bytes()[..len as usize]);
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, len: usize) -> Result<&[u8], DecodeError> {
        if self.rest.len() < len {
            return Err(DecodeError::Malformed("truncated error record"));
        }
        let (head, tail) = self.rest.split_at(len);
        self.rest = tail;
        Ok(head)
    }

    fn take_array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let mut array = [0; N];
        array.copy_from_slice(self.take(N)?);
        Ok(array)
    }

    fn take_str(&mut self) -> Result<String, DecodeError> {
        let len = u32::from_le_bytes(self.take_array()?) as usize;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::Malformed("string not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(error: ExecError) {
        let (status, record) = encode_error(&error);
        assert_ne!(status, STATUS_OK);
        assert_eq!(decode_error(status, &record), Ok(error));
    }

    #[test]
    fn errors_round_trip() {
        round_trip(ExecError::Exception {
            type_name: "ZeroDivisionError".into(),
            message: "division by zero".into(),
            traceback: "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n\
                        ZeroDivisionError: division by zero\n"
                .into(),
        });
        round_trip(ExecError::Exception {
            type_name: "ValueError".into(),
            message: String::new(),
            traceback: "é ✓ 😀\n".into(),
        });
        round_trip(ExecError::Exit(-3));
        round_trip(ExecError::Exit(0));
        for kind in [
            LimitKind::Instructions,
            LimitKind::HeapBytes,
            LimitKind::OutputBytes,
            LimitKind::Timeout,
        ] {
            round_trip(ExecError::Limit {
                kind,
                detail: "after 10 steps".into(),
            });
        }
    }

    #[test]
    fn abi_errors_decode_as_abi() {
        let (status, record) = encode_abi_error("exec before init");
        assert_eq!(
            decode_error(status, &record),
            Err(DecodeError::Abi("exec before init".into()))
        );
    }

    #[test]
    fn garbage_never_panics() {
        let (status, record) = encode_error(&ExecError::Exception {
            type_name: "KeyError".into(),
            message: "'k'".into(),
            traceback: "tb\n".into(),
        });
        for cut in 0..record.len() {
            assert!(
                decode_error(status, &record[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        let mut long = record.clone();
        long.push(0);
        assert!(decode_error(status, &long).is_err());
        assert!(decode_error(99, &record).is_err());
        assert!(decode_error(STATUS_LIMIT, &[9, 0, 0, 0, 0]).is_err());
        assert!(decode_error(STATUS_EXCEPTION, &[255, 255, 255, 255]).is_err());
        assert!(decode_error(STATUS_ABI_ERROR, &[1, 0, 0, 0, 0xff]).is_err());
    }

    #[test]
    fn limits_and_streams_round_trip() {
        for limit in [None, Some(0), Some(1), Some(1 << 40), Some(i64::MAX as u64)] {
            assert_eq!(limit_from_wire(limit_to_wire(limit)), limit);
        }
        assert_eq!(limit_to_wire(Some(u64::MAX)), i64::MAX);
        assert_eq!(limit_from_wire(-7), None);
        for stream in [Stream::Stdout, Stream::Stderr] {
            assert_eq!(stream_from_code(stream_code(stream)), Some(stream));
        }
        assert_eq!(stream_from_code(0), None);
    }
}
