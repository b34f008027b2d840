//! boundary: the values and requests that cross between an interpreter and its host, decoded
//! from arbitrary bytes as each side decodes what the other sends (postcard). The first byte
//! picks what the rest is read as:
//! - an `Invocation` a host sends a guest, carried out in a fresh interpreter under tight limits;
//! - a `Shareable` value, bound in `__main__` and printed, and copied back out;
//! - a `Request` a guest sends its host, and a `Reply` a host sends back: each re-encodes to a
//!   value that decodes equal (a host must never act on a request it half understood);
//! - a request and the web host's answer to it, as a browser worker reads the main thread's
//!   answer (`isola_web::reply`): a refusal never reads as success;
//! - the limits a child asks for in a browser worker, and its creator's: the child's never
//!   exceed its creator's (`isola_web::child_limits`, the runtime's one clamp).
//!
//! Nothing may panic, abort or run out of memory whatever the bytes.
#![no_main]

use isola_runtime::{decode, encode, Invocation, Reply, Request, Shareable};
use isola_web::{Answer, LimitField, RemoteFailure};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    match selector % 6 {
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
        3 => {
            if let Some(reply) = decode::<Reply>(bytes) {
                assert_eq!(decode::<Reply>(&encode(&reply)), Some(reply));
            }
        }
        4 => web_answer(bytes),
        _ => web_limits(bytes),
    }
});

/// The statuses the web host's main thread answers with, and one it never sends.
const STATUSES: [&str; 11] = [
    "ok",
    "empty",
    "full",
    "missing",
    "closed",
    "error",
    "running",
    "current",
    "embedder",
    "too-many-queues",
    "bogus",
];

/// Bytes read front to back; past the end, zeros.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn byte(&mut self) -> u8 {
        let (&first, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        first
    }

    fn take(&mut self, n: usize) -> &[u8] {
        let (head, rest) = self.0.split_at(n.min(self.0.len()));
        self.0 = rest;
        head
    }

    /// Any double, NaN and infinities included, as JS could send.
    fn number(&mut self) -> f64 {
        let mut bytes = [0; 8];
        let head = self.take(8);
        bytes[..head.len()].copy_from_slice(head);
        f64::from_le_bytes(bytes)
    }
}

/// `[request length, request, status, ints count, ints..., failure kind, data...]`.
fn web_answer(bytes: &[u8]) {
    let mut reader = Reader(bytes);
    let len = usize::from(reader.byte());
    let Some(request) = decode::<Request>(reader.take(len)) else {
        return;
    };
    let status = STATUSES[usize::from(reader.byte()) % STATUSES.len()];
    let ints = (0..reader.byte() % 4).map(|_| reader.number()).collect();
    let failure = match reader.byte() % 4 {
        0 => None,
        kind => Some(RemoteFailure {
            kind: ["exception", "host", "crash"][usize::from(kind - 1)].into(),
            name: "ValueError".into(),
            message: "no".into(),
            traceback: None,
        }),
    };
    let answer = Answer {
        status: status.into(),
        ints,
        data: reader.0.to_vec(),
        failure,
    };
    let _ = isola_web::operation(&request);
    let reply = isola_web::reply(&request, answer);
    if status != "ok" {
        assert!(
            reply.is_err(),
            "{status} answered {request:?} with {reply:?}"
        );
    }
}

/// `[own count, (name, number)..., asked count, (name, number)...]`.
fn web_limits(bytes: &[u8]) {
    let mut reader = Reader(bytes);
    let mut fields = |reader: &mut Reader<'_>| -> Vec<LimitField> {
        (0..reader.byte() % 6)
            .filter_map(|_| {
                let name = LimitField::NAMES[usize::from(reader.byte()) % LimitField::NAMES.len()];
                LimitField::from_name(name, reader.number())
            })
            .collect()
    };
    let own = fields(&mut reader);
    let asked = fields(&mut reader);
    let (Ok(own), Ok(child)) = (
        isola_web::limits_from_fields(&own),
        isola_web::child_limits(&own, &asked),
    ) else {
        return;
    };
    let within = |child: Option<u64>, own: Option<u64>| {
        own.is_none_or(|own| child.is_some_and(|c| c <= own))
    };
    assert!(
        within(child.max_instructions, own.max_instructions)
            && within(child.max_heap_bytes, own.max_heap_bytes)
            && within(child.max_output_bytes, own.max_output_bytes)
            && within(child.timeout_ns, own.timeout_ns)
            && child.max_recursion <= own.max_recursion,
        "{child:?} exceeds {own:?}"
    );
}
