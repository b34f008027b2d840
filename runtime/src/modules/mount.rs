//! `_mount`: the host directories an embedder mounted, for the interpreter's file system
//! (`lib/_fs.py`). Each function is one [`FsRequest`] to the host; a refusal comes back as
//! `OSError` with the host's error number, which `_fs` completes with the file name the program
//! used. A host with no mounts (or none of these requests, such as a bare runtime) has
//! `mounts() == ()`, and then `_fs` never calls the others.

use std::rc::Rc;

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Tuple};
use crate::share::{FsRequest, HostError, Request, Shareable};
use crate::value::Value;

use super::interpreters::{ask, host_error};

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_mount");
    let d = &m.dict;
    add_function(d, "mounts", mounts);
    add_function(d, "stat", stat);
    add_function(d, "listdir", listdir);
    add_function(d, "open", open);
    add_function(d, "close", close);
    add_function(d, "read", read);
    add_function(d, "write", write);
    add_function(d, "fstat", fstat);
    add_function(d, "truncate", truncate);
    add_function(d, "mkdir", mkdir);
    add_function(d, "rmdir", rmdir);
    add_function(d, "unlink", unlink);
    add_function(d, "rename", rename);
    add_function(d, "utime", utime);
    add_function(d, "chmod", chmod);
    module
}

/// `mounts()`: a tuple of `(guest_path, read_only)`, empty where the host mounts nothing.
fn mounts(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "mounts", &args, 0, 0)?;
    match interp.host.interpreters(Request::Fs(FsRequest::Mounts)) {
        Ok(reply) => interp.unshare_value(reply),
        Err(HostError::NotSupported) => Ok(Value::Tuple(Rc::new(Tuple::new(Vec::new())))),
        Err(error) => Err(host_error(interp, error)),
    }
}

fn fs(interp: &mut Interpreter, request: FsRequest) -> PyResult<Value> {
    let reply = ask(interp, Request::Fs(request))?;
    match reply {
        // Bytes read from a file are the program's own: counted by the heap limit.
        Shareable::Bytes(data) => {
            interp.charge(data.len() as u64)?;
            Ok(Value::Bytes(Rc::new(Tuple::new(data))))
        }
        other => interp.unshare_value(other),
    }
}

fn int(interp: &mut Interpreter, func: &str, v: &Value) -> PyResult<u64> {
    match v {
        Value::Int(i) if *i >= 0 => Ok(*i as u64),
        _ => Err(interp.type_error(format!("{func}() expects a non-negative int"))),
    }
}

fn small(interp: &mut Interpreter, func: &str, v: &Value) -> PyResult<u32> {
    let value = int(interp, func, v)?;
    u32::try_from(value).map_err(|_| interp.value_error(format!("{func}(): {value} is too large")))
}

fn text(interp: &mut Interpreter, func: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        _ => Err(interp.type_error(format!("{func}() expects a str path"))),
    }
}

/// The `(mount, path)` pair that starts most calls.
fn place(interp: &mut Interpreter, func: &str, args: &Args) -> PyResult<(u32, String)> {
    let mount = small(interp, func, &args.pos[0])?;
    let path = text(interp, func, &args.pos[1])?;
    Ok((mount, path))
}

fn stat(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "stat", &args, 2, 2)?;
    let (mount, path) = place(interp, "stat", &args)?;
    fs(interp, FsRequest::Stat { mount, path })
}

fn listdir(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "listdir", &args, 2, 2)?;
    let (mount, path) = place(interp, "listdir", &args)?;
    fs(interp, FsRequest::ListDir { mount, path })
}

fn open(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "open", &args, 4, 4)?;
    let (mount, path) = place(interp, "open", &args)?;
    let flags = small(interp, "open", &args.pos[2])?;
    let mode = small(interp, "open", &args.pos[3])?;
    fs(
        interp,
        FsRequest::Open {
            mount,
            path,
            flags,
            mode,
        },
    )
}

fn close(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "close", &args, 1, 1)?;
    let handle = int(interp, "close", &args.pos[0])?;
    fs(interp, FsRequest::Close { handle })
}

fn read(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "read", &args, 3, 3)?;
    let handle = int(interp, "read", &args.pos[0])?;
    let offset = int(interp, "read", &args.pos[1])?;
    let len = int(interp, "read", &args.pos[2])?;
    fs(
        interp,
        FsRequest::Read {
            handle,
            offset,
            len,
        },
    )
}

/// `write(handle, offset, data)`: `offset` None appends.
fn write(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "write", &args, 3, 3)?;
    let handle = int(interp, "write", &args.pos[0])?;
    let offset = match &args.pos[1] {
        Value::None => None,
        v => Some(int(interp, "write", v)?),
    };
    let data = match &args.pos[2] {
        Value::Bytes(b) => b.items.to_vec(),
        v => match crate::builtins::bytearray_bytes(v) {
            Some(data) => data,
            None => return Err(interp.type_error("write() expects bytes")),
        },
    };
    fs(
        interp,
        FsRequest::Write {
            handle,
            offset,
            data,
        },
    )
}

fn fstat(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "fstat", &args, 1, 1)?;
    let handle = int(interp, "fstat", &args.pos[0])?;
    fs(interp, FsRequest::FStat { handle })
}

fn truncate(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "truncate", &args, 2, 2)?;
    let handle = int(interp, "truncate", &args.pos[0])?;
    let len = int(interp, "truncate", &args.pos[1])?;
    fs(interp, FsRequest::Truncate { handle, len })
}

fn mkdir(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "mkdir", &args, 3, 3)?;
    let (mount, path) = place(interp, "mkdir", &args)?;
    let mode = small(interp, "mkdir", &args.pos[2])?;
    fs(interp, FsRequest::Mkdir { mount, path, mode })
}

fn rmdir(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "rmdir", &args, 2, 2)?;
    let (mount, path) = place(interp, "rmdir", &args)?;
    fs(interp, FsRequest::Rmdir { mount, path })
}

fn unlink(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "unlink", &args, 2, 2)?;
    let (mount, path) = place(interp, "unlink", &args)?;
    fs(interp, FsRequest::Unlink { mount, path })
}

fn rename(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "rename", &args, 3, 3)?;
    let (mount, src) = place(interp, "rename", &args)?;
    let dst = text(interp, "rename", &args.pos[2])?;
    fs(interp, FsRequest::Rename { mount, src, dst })
}

fn utime(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "utime", &args, 4, 4)?;
    let (mount, path) = place(interp, "utime", &args)?;
    let atime_ns = int(interp, "utime", &args.pos[2])?;
    let mtime_ns = int(interp, "utime", &args.pos[3])?;
    fs(
        interp,
        FsRequest::SetTimes {
            mount,
            path,
            atime_ns,
            mtime_ns,
        },
    )
}

fn chmod(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "chmod", &args, 3, 3)?;
    let (mount, path) = place(interp, "chmod", &args)?;
    let mode = small(interp, "chmod", &args.pos[2])?;
    fs(interp, FsRequest::Chmod { mount, path, mode })
}
