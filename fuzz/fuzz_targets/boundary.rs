//! boundary: the values and requests that cross between an interpreter and its host, decoded
//! from arbitrary bytes as each side decodes what the other sends (postcard). The first byte
//! picks what the rest is read as:
//! - an `Invocation` a host sends a guest, carried out in a fresh interpreter under tight limits;
//! - a `Shareable` value, bound in `__main__` and printed, and copied back out;
//! - a `Request` a guest sends its host, and a `Reply` a host sends back: each re-encodes to a
//!   value that decodes equal (a host must never act on a request it half understood).
//!
//! Nothing may panic, abort or run out of memory whatever the bytes.
#![no_main]

use isola_runtime::{decode, encode, Invocation, Reply, Request, Shareable};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    match selector % 4 {
        0 => {
            if let Some(invocation) = decode::<Invocation>(bytes) {
                let mut interp = isola_fuzz::interpreter(isola_fuzz::tight_limits());
                let _ = interp.invoke(invocation);
                let _ = interp.exec("print(len(globals()))", "<after>");
            }
        }
        1 => {
            if let Some(value) = decode::<Shareable>(bytes) {
                let _ = isola_fuzz::run(
                    "print(repr(value)[:100])\nimport interpreters\ninterpreters.is_shareable(value)",
                    vec![("value".into(), value)],
                );
            }
        }
        2 => {
            if let Some(request) = decode::<Request>(bytes) {
                assert_eq!(decode::<Request>(&encode(&request)), Some(request));
            }
        }
        _ => {
            if let Some(reply) = decode::<Reply>(bytes) {
                assert_eq!(decode::<Reply>(&encode(&reply)), Some(reply));
            }
        }
    }
});
