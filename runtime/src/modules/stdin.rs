//! Standard input: the bytes read from `Host::read_stdin` and not yet consumed, the methods of
//! `sys.stdin` (text) and `sys.stdin.buffer` (bytes), and the line that `input()` reads.
//!
//! The host hands over chunks of at most [`CHUNK_BYTES`]; an empty chunk is the end of input,
//! after which the host is not asked again. Text is decoded as UTF-8 (invalid bytes become
//! U+FFFD) with `\r\n` read as `\n`, as CPython's universal newlines do for the common case.

use std::rc::Rc;

use crate::builtins::{add_method, check_count};
use crate::interp::{new_type, Interpreter, PyResult};
use crate::object::{Args, Dict, Instance, List, Tuple, Type, TypeKind};
use crate::value::Value;

/// The most bytes asked of the host at once.
const CHUNK_BYTES: usize = 64 * 1024;

/// The `__isola_stream__` number of `sys.stdin` and `sys.stdin.buffer`.
pub(crate) const STDIN_STREAM: i64 = 0;

/// What was read from the host and not yet consumed.
#[derive(Default)]
pub(crate) struct Buffer {
    pending: Vec<u8>,
    /// The host reported the end of input.
    eof: bool,
}

impl Interpreter {
    /// Ask the host for one more chunk; false at the end of input. The deadline is checked on
    /// both sides of the call, since a host may block in it (the CLI reads the process's stdin).
    fn fill_stdin(&mut self) -> PyResult<bool> {
        if self.stdin.eof {
            return Ok(false);
        }
        self.check_deadline()?;
        let chunk = self.host.read_stdin(CHUNK_BYTES);
        self.check_deadline()?;
        self.check_interrupt()?;
        if chunk.is_empty() {
            self.stdin.eof = true;
            return Ok(false);
        }
        self.charge(chunk.len() as u64)?;
        self.stdin.pending.extend_from_slice(&chunk);
        Ok(true)
    }

    /// Take the first `n` pending bytes (all of them if fewer).
    fn take_stdin(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.stdin.pending.len());
        let rest = self.stdin.pending.split_off(n);
        std::mem::replace(&mut self.stdin.pending, rest)
    }

    /// Up to `size` bytes (`None`: everything to the end of input).
    pub(crate) fn read_stdin_bytes(&mut self, size: Option<usize>) -> PyResult<Vec<u8>> {
        while size.is_none_or(|size| self.stdin.pending.len() < size) {
            if !self.fill_stdin()? {
                break;
            }
        }
        Ok(self.take_stdin(size.unwrap_or(usize::MAX)))
    }

    /// One line with its `\n`, at most `limit` bytes of it; empty at the end of input.
    pub(crate) fn read_stdin_line_bytes(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut searched = 0;
        loop {
            let pending = &self.stdin.pending;
            if let Some(at) = pending[searched..].iter().position(|&b| b == b'\n') {
                let end = searched + at + 1;
                return Ok(self.take_stdin(limit.map_or(end, |limit| limit.min(end))));
            }
            searched = pending.len();
            if limit.is_some_and(|limit| searched >= limit) || !self.fill_stdin()? {
                return Ok(self.take_stdin(limit.unwrap_or(usize::MAX)));
            }
        }
    }

    /// Up to `size` characters of text (`None`: everything to the end of input).
    fn read_stdin_text(&mut self, size: Option<usize>) -> PyResult<String> {
        let Some(size) = size else {
            let bytes = self.read_stdin_bytes(None)?;
            return Ok(decode(&bytes));
        };
        loop {
            // The byte offset where character `size` starts, if it is already pending: then
            // every character before it is complete.
            let end = self
                .stdin
                .pending
                .iter()
                .enumerate()
                .filter(|(_, &b)| !(0x80..0xC0).contains(&b))
                .nth(size)
                .map(|(at, _)| at);
            if let Some(end) = end {
                let bytes = self.take_stdin(end);
                return Ok(decode(&bytes));
            }
            if !self.fill_stdin()? {
                let bytes = self.take_stdin(usize::MAX);
                return Ok(decode(&bytes));
            }
        }
    }

    /// One line of text with its `\n`; empty at the end of input. What `input()` reads.
    pub(crate) fn read_stdin_line(&mut self) -> PyResult<String> {
        let bytes = self.read_stdin_line_bytes(None)?;
        Ok(decode(&bytes))
    }
}

/// Text of stdin bytes: UTF-8, invalid sequences replaced, `\r\n` read as `\n`.
fn decode(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    if text.contains("\r\n") {
        text.replace("\r\n", "\n")
    } else {
        text.into_owned()
    }
}

/// `sys.stdin` (a text stream on the `TextIOWrapper` type of stdout and stderr) with its
/// `buffer`, a binary stream.
pub(super) fn create(interp: &mut Interpreter, text_type: &Rc<Type>) -> Value {
    add_method(text_type, "read", text_read);
    add_method(text_type, "readline", text_readline);
    add_method(text_type, "readlines", text_readlines);
    add_method(text_type, "__iter__", stream_iter);
    add_method(text_type, "__next__", text_next);
    add_method(text_type, "readable", stream_readable);
    add_method(text_type, "isatty", stream_isatty);
    let buffer_type = new_type(
        "BufferedReader",
        TypeKind::Object,
        Some(&interp.types.object),
    );
    add_method(&buffer_type, "read", buffer_read);
    add_method(&buffer_type, "read1", buffer_read);
    add_method(&buffer_type, "readline", buffer_readline);
    add_method(&buffer_type, "readlines", buffer_readlines);
    add_method(&buffer_type, "__iter__", stream_iter);
    add_method(&buffer_type, "__next__", buffer_next);
    add_method(&buffer_type, "readable", stream_readable);
    add_method(&buffer_type, "isatty", stream_isatty);
    add_method(&buffer_type, "fileno", super::sys::stream_fileno);
    let stream = |ty: &Rc<Type>, extra: &[(&str, Value)]| {
        let d = Dict::new();
        d.set_str("__isola_stream__", Value::Int(STDIN_STREAM));
        d.set_str("name", Value::str("<stdin>"));
        d.set_str("mode", Value::str("r"));
        for (name, value) in extra {
            d.set_str(name, value.clone());
        }
        Value::Instance(Rc::new(Instance::new(ty.clone(), Rc::new(d), None)))
    };
    let buffer = stream(&buffer_type, &[]);
    stream(
        text_type,
        &[("buffer", buffer), ("encoding", Value::str("utf-8"))],
    )
}

/// Whether `v` is `sys.stdin` or its buffer (the host's standard input).
pub(crate) fn is_stdin(v: &Value) -> bool {
    matches!(v, Value::Instance(i)
        if matches!(i.dict.get_str("__isola_stream__"), Some(Value::Int(STDIN_STREAM))))
}

/// Fails with `io.UnsupportedOperation`'s message (as OSError) unless `args[0]` is stdin: reading
/// stdout or stderr.
fn check_readable(interp: &mut Interpreter, args: &Args) -> PyResult<()> {
    match args.pos.first() {
        Some(v) if is_stdin(v) => Ok(()),
        _ => Err(interp.err("OSError", "not readable")),
    }
}

/// The optional size argument of `read` and `readline`: None or negative is no limit.
fn size_arg(interp: &mut Interpreter, args: &Args, name: &str) -> PyResult<Option<usize>> {
    check_count(interp, name, args, 1, 2)?;
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(usize::try_from(interp.to_index(v)?).ok()),
    }
}

fn bytes_value(bytes: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(Tuple::new(bytes)))
}

/// `sys.stdin.read(size=-1)`.
fn text_read(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let size = size_arg(interp, &args, "read")?;
    check_readable(interp, &args)?;
    Ok(Value::from_string(interp.read_stdin_text(size)?))
}

/// `sys.stdin.readline(size=-1)`.
fn text_readline(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let size = size_arg(interp, &args, "readline")?;
    check_readable(interp, &args)?;
    let line = match size {
        None => interp.read_stdin_line()?,
        Some(size) => {
            // A limited line stops after `size` characters. The whole line is read (a terminal
            // hands over whole lines anyway), and what is past the limit stays for the next read.
            let line = interp.read_stdin_line()?;
            match line.char_indices().nth(size) {
                Some((at, _)) => {
                    let mut pending = line.as_bytes()[at..].to_vec();
                    pending.append(&mut interp.stdin.pending);
                    interp.stdin.pending = pending;
                    line[..at].to_string()
                }
                None => line,
            }
        }
    };
    Ok(Value::from_string(line))
}

/// `sys.stdin.readlines()`: the remaining lines.
fn text_readlines(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_readable(interp, &args)?;
    let mut lines = Vec::new();
    loop {
        let line = interp.read_stdin_line()?;
        if line.is_empty() {
            break;
        }
        lines.push(Value::from_string(line));
    }
    Ok(Value::List(Rc::new(List::new(lines))))
}

/// `next(sys.stdin)`: the next line, StopIteration at the end of input.
fn text_next(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_readable(interp, &args)?;
    let line = interp.read_stdin_line()?;
    if line.is_empty() {
        return Err(interp.new_exception("StopIteration", Vec::new()));
    }
    Ok(Value::from_string(line))
}

/// `sys.stdin.buffer.read(size=-1)`.
fn buffer_read(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let size = size_arg(interp, &args, "read")?;
    check_readable(interp, &args)?;
    Ok(bytes_value(interp.read_stdin_bytes(size)?))
}

/// `sys.stdin.buffer.readline(size=-1)`.
fn buffer_readline(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let size = size_arg(interp, &args, "readline")?;
    check_readable(interp, &args)?;
    Ok(bytes_value(interp.read_stdin_line_bytes(size)?))
}

/// `sys.stdin.buffer.readlines()`.
fn buffer_readlines(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_readable(interp, &args)?;
    let mut lines = Vec::new();
    loop {
        let line = interp.read_stdin_line_bytes(None)?;
        if line.is_empty() {
            break;
        }
        lines.push(bytes_value(line));
    }
    Ok(Value::List(Rc::new(List::new(lines))))
}

/// `next(sys.stdin.buffer)`.
fn buffer_next(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_readable(interp, &args)?;
    let line = interp.read_stdin_line_bytes(None)?;
    if line.is_empty() {
        return Err(interp.new_exception("StopIteration", Vec::new()));
    }
    Ok(bytes_value(line))
}

/// `iter(stream)` is the stream itself.
fn stream_iter(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_readable(interp, &args)?;
    Ok(args.pos[0].clone())
}

fn stream_readable(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "readable", &args, 1, 1)?;
    Ok(Value::Bool(is_stdin(&args.pos[0])))
}

/// Whether the stream is a terminal: never, as far as the sandbox tells.
fn stream_isatty(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "isatty", &args, 1, 1)?;
    Ok(Value::Bool(false))
}
