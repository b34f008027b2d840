//! `str.encode` and `bytes.decode` for the codecs a sandbox needs (UTF-8, ASCII, Latin-1 and
//! their aliases) with the error handlers strict, ignore, replace, backslashreplace and (for
//! encoding) xmlcharrefreplace, raising CPython's UnicodeEncodeError/UnicodeDecodeError.

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Args, Tuple};
use crate::value::Value;

use super::methods_args::{parse_kw, str_self, KwSpec};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The first code point this codec cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Finds a codec by name the way Python's codec registry normalises names.
pub(crate) fn lookup_codec(interp: &mut Interpreter, name: &str) -> PyResult<Codec> {
    native_codec(name).ok_or_else(|| interp.err("LookupError", format!("unknown encoding: {name}")))
}

/// The codec the VM itself has for `name`, if any.
fn native_codec(name: &str) -> Option<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        _ => return None,
    })
}

/// The `encoding` and `errors` arguments of `encode`/`decode`.
fn codec_args(interp: &mut Interpreter, fname: &str, args: Args) -> PyResult<Coder> {
    let spec = KwSpec {
        fname,
        names: &["encoding", "errors"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let vals = parse_kw(interp, &spec, args)?;
    let mut texts = Vec::new();
    for (i, (v, name)) in vals.iter().zip(["encoding", "errors"]).enumerate() {
        texts.push(match v {
            None => if i == 0 { "utf-8" } else { "strict" }.to_owned(),
            Some(Value::Str(s)) => s.as_str().to_owned(),
            Some(other) => {
                let tn = super::methods_args::clinic_type_name(interp, other);
                return Err(
                    interp.type_error(format!("{fname}() argument '{name}' must be str, not {tn}"))
                );
            }
        });
    }
    let errors = texts.pop().unwrap_or_default();
    let encoding = texts.pop().unwrap_or_default();
    Ok(match native_codec(&encoding) {
        Some(codec) => Coder::Native(codec, errors),
        None => Coder::Registry(encoding, errors),
    })
}

/// Who encodes or decodes: the VM itself, or for other encodings the codec registry of
/// `_codecs` (runtime/lib/_codecs.py, over CPython's encodings package).
enum Coder {
    Native(Codec, String),
    Registry(String, String),
}

/// `_codecs.encode(obj, encoding, errors)` (or `decode`), which must give a `want`
/// (bytes or str): the codecs that give other types are for codecs.encode only.
fn registry_call(
    interp: &mut Interpreter,
    fname: &str,
    obj: Value,
    encoding: &str,
    errors: &str,
    want_bytes: bool,
) -> PyResult<Value> {
    let module = interp.import_with("_codecs", None, &[], 0)?;
    let f = interp.get_attr(&module, fname)?;
    let args = vec![obj, Value::str(encoding), Value::str(errors)];
    let result = interp.call_value(&f, Args::positional(args))?;
    let ok = match &result {
        Value::Bytes(_) => want_bytes,
        Value::Str(_) => !want_bytes,
        _ => false,
    };
    if !ok {
        let what = if want_bytes { "encode" } else { "decode" };
        return Err(interp.err(
            "LookupError",
            format!("'{encoding}' is not a text encoding; use codecs.{what}() to handle arbitrary codecs"),
        ));
    }
    Ok(result)
}

fn unknown_handler(interp: &mut Interpreter, errors: &str) -> PyErr {
    interp.err(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// A Unicode error carrying CPython's attributes (`encoding`, `object`, `start`, `end`,
/// `reason`); its single argument is the message `str()` shows.
fn unicode_error(
    interp: &mut Interpreter,
    kind: &str,
    msg: String,
    attrs: [(&str, Value); 5],
) -> PyErr {
    let e = interp.err(kind, msg);
    if let PyErr::Exception(exc) = &e {
        for (k, v) in attrs {
            exc.dict.set_str(k, v);
        }
    }
    e
}

/// A character as the messages of UnicodeEncodeError show it.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes text; `source` is the receiver, for the error's `object` attribute.
pub(super) fn encode(
    interp: &mut Interpreter,
    text: &str,
    codec: Codec,
    errors: &str,
    source: &Value,
) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 || text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython handles a whole run of unencodable characters at once.
        let end = chars[i..]
            .iter()
            .position(|&d| (d as u32) < limit)
            .map_or(chars.len(), |n| i + n);
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", char_escape(c))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                let msg = format!(
                    "'{}' codec can't encode {what}: ordinal not in range({limit})",
                    codec.name()
                );
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_error(
                    interp,
                    "UnicodeEncodeError",
                    msg,
                    [
                        ("encoding", Value::str(codec.name())),
                        ("object", source.clone()),
                        ("start", Value::Int(i as i64)),
                        ("end", Value::Int(end as i64)),
                        ("reason", Value::from_string(reason)),
                    ],
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &d in &chars[i..end] {
                    out.extend_from_slice(char_escape(d).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &d in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", d as u32).as_bytes());
                }
            }
            // A str holds no lone surrogates, so nothing is left for these handlers to pass
            // through: an unencodable character is an error, as under strict.
            "surrogateescape" | "surrogatepass" => {
                return encode(interp, text, codec, "strict", source);
            }
            _ => return Err(unknown_handler(interp, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// Decodes bytes; `source` is the receiver, for the error's `object` attribute.
pub(crate) fn decode(
    interp: &mut Interpreter,
    data: &[u8],
    codec: Codec,
    errors: &str,
    source: &Value,
) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(
                        interp,
                        &mut out,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        codec,
                        errors,
                        source,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let start = offset + good;
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let lead = matches!(rest[good], 0xC2..=0xF4);
                                (
                                    n,
                                    if n == 1 && !lead {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                        };
                        decode_error(
                            interp,
                            &mut out,
                            data,
                            start,
                            start + len,
                            reason,
                            codec,
                            errors,
                            source,
                        )?;
                        rest = &rest[good + len..];
                        offset = start + len;
                    }
                }
            }
        }
    }
}

/// Applies the error handler to the undecodable bytes `data[start..end]`.
#[allow(clippy::too_many_arguments)] // The fields of a UnicodeDecodeError.
fn decode_error(
    interp: &mut Interpreter,
    out: &mut String,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    codec: Codec,
    errors: &str,
    source: &Value,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", data[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            let msg = format!("'{}' codec can't decode {what}: {reason}", codec.name());
            Err(unicode_error(
                interp,
                "UnicodeDecodeError",
                msg,
                [
                    ("encoding", Value::str(codec.name())),
                    ("object", source.clone()),
                    ("start", Value::Int(start as i64)),
                    ("end", Value::Int(end as i64)),
                    ("reason", Value::str(reason)),
                ],
            ))
        }
        "ignore" => Ok(()),
        // isola's str cannot hold lone surrogates (as the literal '\udcff' cannot): the bytes
        // surrogateescape would carry as U+DC80..U+DCFF become U+FFFD, as with replace, one
        // per byte.
        "surrogateescape" => {
            out.extend(std::iter::repeat_n('\u{FFFD}', end - start));
            Ok(())
        }
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(interp, errors)),
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub(super) fn str_encode(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = str_self(interp, &args, "encode")?;
    let (codec, errors) = match codec_args(interp, "encode", args)? {
        Coder::Native(codec, errors) => (codec, errors),
        Coder::Registry(encoding, errors) => {
            return registry_call(interp, "encode", Value::Str(s), &encoding, &errors, true);
        }
    };
    let source = Value::Str(s.clone());
    let bytes = encode(interp, s.as_str(), codec, &errors, &source)?;
    interp.charge(bytes.len() as u64)?;
    Ok(Value::Bytes(Rc::new(Tuple::new(bytes))))
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
pub(super) fn bytes_decode(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let b = super::methods_bytes::bytes_self(interp, &args, "decode")?;
    let (codec, errors) = match codec_args(interp, "decode", args)? {
        Coder::Native(codec, errors) => (codec, errors),
        Coder::Registry(encoding, errors) => {
            return registry_call(interp, "decode", Value::Bytes(b), &encoding, &errors, false);
        }
    };
    let source = Value::Bytes(b.clone());
    let text = decode(interp, &b.items, codec, &errors, &source)?;
    interp.charge(text.len() as u64)?;
    Ok(Value::from_string(text))
}
