//! The `interpreters` module's requests as the worker protocol's operations, and the main
//! thread's answers back as replies. Pure data: the bindings carry it across to JS.
//!
//! An operation is a name (`queue.put`, `interp.exec`, ...), numeric and text arguments, and
//! optionally bytes: postcard encodings of `Shareable` items, call specs and `prepare_main`
//! names, which the main thread routes without reading. An answer is a status (`ok`, `empty`,
//! `full`, `missing`, `error`), the integers the operation returns, bytes for a shareable
//! result, or the fields of a failure.

use isola_runtime::{encode, ChildLimits, HostError, Reply, Request, Shareable};

/// One argument of an operation, as JS will see it.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
    Flag(bool),
}

/// A request in the shape the main thread routes.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    pub name: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// Encoded bytes the operation carries (a queue item, a call, names for `__main__`).
    pub data: Option<Vec<u8>>,
}

/// How a failed `interp.exec` or `interp.call` came back.
#[derive(Clone, Debug, PartialEq)]
pub struct RemoteFailure {
    /// `exception` for an uncaught exception, `host` for a host function that threw; anything
    /// else (a limit, the deadline, a crash, or the host refusing, `interpreter`) is neither.
    pub kind: String,
    pub name: String,
    pub message: String,
    pub traceback: Option<String>,
}

/// The main thread's answer to an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub status: String,
    /// The integers the operation returns: an id, ids, a flag as 0 or 1, or size and maxsize.
    pub ints: Vec<f64>,
    /// A shareable result, encoded (`queue.get`, `interp.call`).
    pub data: Vec<u8>,
    pub failure: Option<RemoteFailure>,
}

/// Ids and sizes travel as JS numbers, exact up to 2^53.
fn number(value: u64) -> Arg {
    Arg::Number(value as f64)
}

fn milliseconds(ns: Option<u64>) -> Option<Arg> {
    // Whole milliseconds, rounded up, so that a short timeout does not become zero.
    ns.map(|ns| Arg::Number(ns.div_ceil(1_000_000) as f64))
}

/// The operation for `request`.
pub fn operation(request: &Request) -> Operation {
    let op = |name, args: Vec<(&'static str, Arg)>| Operation {
        name,
        args,
        data: None,
    };
    match request {
        Request::Create(limits) => op("interp.create", child_limit_args(limits)),
        Request::Close(id) => op("interp.close", vec![("id", number(*id))]),
        Request::List => op("interp.list", Vec::new()),
        Request::Current => op("interp.current", Vec::new()),
        Request::Main => op("interp.main", Vec::new()),
        Request::IsRunning(id) => op("interp.isRunning", vec![("id", number(*id))]),
        Request::Exec { id, source } => op(
            "interp.exec",
            vec![("id", number(*id)), ("source", Arg::Text(source.clone()))],
        ),
        Request::Call { id, call } => Operation {
            data: Some(encode(call)),
            ..op("interp.call", vec![("id", number(*id))])
        },
        Request::CallStart { id, call } => Operation {
            data: Some(encode(call)),
            ..op("interp.callStart", vec![("id", number(*id))])
        },
        Request::CallJoin(ticket) => op("interp.callJoin", vec![("id", number(*ticket))]),
        Request::PrepareMain { id, names } => Operation {
            data: Some(encode(names)),
            ..op("interp.prepare", vec![("id", number(*id))])
        },
        Request::QueueCreate { maxsize } => op("queue.create", vec![("maxsize", number(*maxsize))]),
        Request::QueuePut {
            id,
            item,
            block,
            timeout_ns,
        } => Operation {
            data: Some(encode(item)),
            ..op("queue.put", wait_args(*id, *block, *timeout_ns))
        },
        Request::QueueGet {
            id,
            block,
            timeout_ns,
        } => op("queue.get", wait_args(*id, *block, *timeout_ns)),
        Request::QueueSize(id) | Request::QueueMaxsize(id) => {
            op("queue.size", vec![("id", number(*id))])
        }
        Request::HostCall { name, args } => Operation {
            data: Some(encode(args)),
            ..op("host.call", vec![("name", Arg::Text(name.clone()))])
        },
        // A page mounts no host directories: the bindings answer these themselves (files come
        // in and out through `writeFile` and `readFile`), so this never reaches JS.
        Request::Fs(_) => op("fs", Vec::new()),
        // Each worker compiles its own imports (see the bindings): this never reaches JS either.
        Request::CompiledModule(_) => op("code", Vec::new()),
    }
}

fn wait_args(id: u64, block: bool, timeout_ns: Option<u64>) -> Vec<(&'static str, Arg)> {
    let mut args = vec![("id", number(id)), ("block", Arg::Flag(block))];
    if let Some(timeout) = milliseconds(timeout_ns) {
        args.push(("timeoutMs", timeout));
    }
    args
}

/// A child's limits under the names of the JS limits object.
fn child_limit_args(limits: &ChildLimits) -> Vec<(&'static str, Arg)> {
    let mut args = Vec::new();
    let mut push = |name, value: Option<u64>| {
        if let Some(value) = value {
            args.push((name, number(value)));
        }
    };
    push("maxInstructions", limits.max_instructions);
    push("maxHeapBytes", limits.max_heap_bytes);
    push("maxRecursion", limits.max_recursion.map(u64::from));
    push("maxOutputBytes", limits.max_output_bytes);
    if let Some(timeout) = milliseconds(limits.timeout_ns) {
        args.push(("timeoutMs", timeout));
    }
    args
}

/// The reply to `request` that `answer` means. A refusal comes as a status naming it, worded
/// here by the runtime's shared refusals, so that a program sees the messages the native and
/// wasmtime hosts give.
pub fn reply(request: &Request, answer: Answer) -> Reply {
    let id = target_id(request);
    match answer.status.as_str() {
        "ok" => ok_value(request, answer),
        "empty" => Err(HostError::queue_empty(id)),
        "full" => Err(HostError::queue_full(id)),
        "missing" => Err(match request {
            Request::HostCall { name, .. } => HostError::no_host_function(name),
            Request::QueuePut { .. }
            | Request::QueueGet { .. }
            | Request::QueueSize(_)
            | Request::QueueMaxsize(_) => HostError::no_queue(id),
            Request::CallJoin(ticket) => HostError::no_call(*ticket),
            _ => HostError::no_interpreter(id),
        }),
        "running" => Err(HostError::already_running()),
        "current" => Err(HostError::closing_current()),
        "embedder" => Err(HostError::closing_embedders(id)),
        "too-many-queues" => Err(HostError::too_many_queues()),
        "closed" => Err(HostError::Interpreter(format!("queue {id} was closed"))),
        _ => Err(match answer.failure {
            Some(failure) if failure.kind == "exception" => HostError::ExecutionFailed {
                type_name: failure.name,
                message: failure.message,
                traceback: failure.traceback.unwrap_or_default(),
            },
            Some(failure) if failure.kind == "host" => HostError::HostFunction(failure.message),
            Some(failure) => HostError::Interpreter(failure.message),
            None => HostError::Interpreter(format!(
                "the host failed the {} operation",
                operation(request).name
            )),
        }),
    }
}

fn target_id(request: &Request) -> u64 {
    match request {
        Request::Close(id)
        | Request::IsRunning(id)
        | Request::Exec { id, .. }
        | Request::Call { id, .. }
        | Request::CallStart { id, .. }
        | Request::CallJoin(id)
        | Request::PrepareMain { id, .. }
        | Request::QueuePut { id, .. }
        | Request::QueueGet { id, .. }
        | Request::QueueSize(id)
        | Request::QueueMaxsize(id) => *id,
        _ => 0,
    }
}

fn ok_value(request: &Request, answer: Answer) -> Reply {
    let int = |index: usize| -> Result<Shareable, HostError> {
        let value = answer.ints.get(index).copied().ok_or_else(|| {
            HostError::Interpreter(format!("the host's answer to {request:?} lacks a number"))
        })?;
        // Ids and sizes are whole and far below 2^53.
        Ok(Shareable::Int(value as i64))
    };
    match request {
        Request::Create(_)
        | Request::CallStart { .. }
        | Request::Current
        | Request::Main
        | Request::QueueCreate { .. }
        | Request::QueueSize(_) => int(0),
        Request::QueueMaxsize(_) => int(1),
        Request::IsRunning(_) => Ok(Shareable::Bool(answer.ints.first() == Some(&1.0))),
        Request::List => Ok(Shareable::Tuple(
            answer
                .ints
                .iter()
                .map(|id| Shareable::Int(*id as i64))
                .collect(),
        )),
        Request::Call { .. }
        | Request::CallJoin(_)
        | Request::QueueGet { .. }
        | Request::HostCall { .. } => isola_runtime::decode(&answer.data).ok_or_else(|| {
            HostError::Interpreter("the host sent a value that does not decode".into())
        }),
        Request::Close(_)
        | Request::Exec { .. }
        | Request::PrepareMain { .. }
        | Request::QueuePut { .. } => Ok(Shareable::None),
        Request::Fs(_) | Request::CompiledModule(_) => Err(HostError::NotSupported),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(ints: &[f64], data: Vec<u8>) -> Answer {
        Answer {
            status: "ok".into(),
            ints: ints.to_vec(),
            data,
            failure: None,
        }
    }

    fn status(status: &str) -> Answer {
        Answer {
            status: status.into(),
            ..ok(&[], Vec::new())
        }
    }

    #[test]
    fn a_put_carries_its_item_encoded_and_its_timeout_in_milliseconds() {
        let item = Shareable::Tuple(vec![Shareable::Int(1), Shareable::Str("two".into())]);
        let op = operation(&Request::QueuePut {
            id: 7,
            item: item.clone(),
            block: true,
            timeout_ns: Some(1_500_001),
        });
        assert_eq!(op.name, "queue.put");
        assert_eq!(
            op.args,
            vec![
                ("id", Arg::Number(7.0)),
                ("block", Arg::Flag(true)),
                ("timeoutMs", Arg::Number(2.0)),
            ]
        );
        assert_eq!(op.data, Some(encode(&item)));
    }

    #[test]
    fn a_child_asks_with_the_js_limit_names() {
        let op = operation(&Request::Create(ChildLimits {
            max_instructions: Some(1000),
            max_recursion: Some(50),
            timeout_ns: Some(2_000_000_000),
            ..ChildLimits::default()
        }));
        assert_eq!(op.name, "interp.create");
        assert_eq!(
            op.args,
            vec![
                ("maxInstructions", Arg::Number(1000.0)),
                ("maxRecursion", Arg::Number(50.0)),
                ("timeoutMs", Arg::Number(2000.0)),
            ]
        );
    }

    #[test]
    fn answers_become_values() {
        let item = Shareable::Bytes(vec![0, 255]);
        let get = Request::QueueGet {
            id: 1,
            block: false,
            timeout_ns: None,
        };
        assert_eq!(reply(&get, ok(&[], encode(&item))), Ok(item));
        assert_eq!(
            reply(&Request::List, ok(&[1.0, 4.0], Vec::new())),
            Ok(Shareable::Tuple(vec![Shareable::Int(1), Shareable::Int(4)]))
        );
        assert_eq!(
            reply(&Request::QueueMaxsize(3), ok(&[2.0, 10.0], Vec::new())),
            Ok(Shareable::Int(10))
        );
        assert_eq!(
            reply(&Request::IsRunning(3), ok(&[1.0], Vec::new())),
            Ok(Shareable::Bool(true))
        );
        assert_eq!(
            reply(&Request::Close(3), ok(&[], Vec::new())),
            Ok(Shareable::None)
        );
    }

    #[test]
    fn refusals_are_worded_as_cpython_words_them() {
        let get = Request::QueueGet {
            id: 1,
            block: false,
            timeout_ns: None,
        };
        assert_eq!(
            reply(&get, status("empty")),
            Err(HostError::QueueEmpty("queue 1 is empty".into()))
        );
        assert_eq!(reply(&get, status("missing")), Err(HostError::no_queue(1)));
        assert_eq!(
            reply(&Request::CallJoin(9), status("missing")),
            Err(HostError::no_call(9))
        );
        assert_eq!(
            reply(&Request::Close(4), status("embedder")),
            Err(HostError::Interpreter(
                "interpreter 4 belongs to the embedder and cannot be closed from Python".into()
            ))
        );
        assert_eq!(
            reply(&Request::Close(4), status("current")),
            Err(HostError::closing_current())
        );
        assert_eq!(
            reply(
                &Request::Exec {
                    id: 4,
                    source: String::new()
                },
                status("running")
            ),
            Err(HostError::already_running())
        );
        assert_eq!(
            reply(&Request::Close(12345), status("missing")),
            Err(HostError::NotFound(
                "unrecognized interpreter ID 12345".into()
            ))
        );
        let exec = Request::Exec {
            id: 2,
            source: "1/0".into(),
        };
        let failed = Answer {
            failure: Some(RemoteFailure {
                kind: "exception".into(),
                name: "ZeroDivisionError".into(),
                message: "division by zero".into(),
                traceback: Some("Traceback...\n".into()),
            }),
            ..status("error")
        };
        assert_eq!(
            reply(&exec, failed),
            Err(HostError::ExecutionFailed {
                type_name: "ZeroDivisionError".into(),
                message: "division by zero".into(),
                traceback: "Traceback...\n".into(),
            })
        );
    }

    #[test]
    fn a_host_function_that_is_missing_or_throws_is_a_runtime_error() {
        let call = Request::HostCall {
            name: "add".into(),
            args: vec![Shareable::Int(1)],
        };
        assert_eq!(
            operation(&call).data,
            Some(encode(&vec![Shareable::Int(1)]))
        );
        assert_eq!(
            reply(&call, status("missing")),
            Err(HostError::HostFunction(
                "no host function named 'add'".into()
            ))
        );
        let threw = Answer {
            failure: Some(RemoteFailure {
                kind: "host".into(),
                name: "RuntimeError".into(),
                message: "nope".into(),
                traceback: None,
            }),
            ..status("error")
        };
        assert_eq!(
            reply(&call, threw),
            Err(HostError::HostFunction("nope".into()))
        );
    }

    #[test]
    fn shareable_bytes_are_those_the_js_codec_writes() {
        // The same vectors web/tests/node.mjs checks web/npm/shareable.js against.
        let mut big = vec![0; 8];
        big.push(0x40);
        let cases = [
            (Shareable::None, vec![0]),
            (Shareable::Bool(true), vec![1, 1]),
            (Shareable::Int(1), vec![2, 2]),
            (Shareable::Int(-1), vec![2, 1]),
            (Shareable::Int(300), vec![2, 0xd8, 0x04]),
            (Shareable::BigInt(big.clone()), [vec![3, 9], big].concat()),
            (Shareable::Float(1.5), vec![4, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f]),
            (Shareable::Str("é".into()), vec![5, 2, 0xc3, 0xa9]),
            (Shareable::Bytes(vec![7]), vec![6, 1, 7]),
            (
                Shareable::Tuple(vec![Shareable::Int(1), Shareable::Str("a".into())]),
                vec![7, 2, 2, 2, 5, 1, 0x61],
            ),
            (Shareable::Queue(3), vec![8, 3]),
        ];
        for (value, bytes) in cases {
            assert_eq!(encode(&value), bytes, "{value:?}");
        }
    }

    #[test]
    fn an_undecodable_value_is_an_error_not_a_panic() {
        let get = Request::QueueGet {
            id: 1,
            block: true,
            timeout_ns: None,
        };
        assert!(matches!(
            reply(&get, ok(&[], vec![0xff, 0xff, 0xff])),
            Err(HostError::Interpreter(_))
        ));
        assert!(matches!(
            reply(&Request::Current, ok(&[], Vec::new())),
            Err(HostError::Interpreter(_))
        ));
    }
}
