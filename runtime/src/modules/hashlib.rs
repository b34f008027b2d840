//! The `hashlib` module: md5, sha1, sha224, sha256, sha384 and sha512 through the RustCrypto
//! crates pinned in the workspace. A hash object (`hashlib/hashlib.py`) keeps the bytes fed
//! to it and digests them on request, so `update` and `copy` need no native state.

use std::rc::Rc;

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Tuple};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("hashlib");
    add_function(&m.dict, "_digest", digest);
    super::embed::run_module_source(interp, &m, include_str!("hashlib/hashlib.py"), "<hashlib>")?;
    Ok(module)
}

/// `_digest(name, data)`: the digest of `data` (bytes) under the named algorithm.
fn digest(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_digest", &args, 2, 2)?;
    let (Value::Str(name), Value::Bytes(data)) = (&args.pos[0], &args.pos[1]) else {
        return Err(interp.type_error("_digest(name, data) takes a str and bytes"));
    };
    // Hashing is linear in the data: charge it as instructions, one per 64-byte block.
    interp.fuel -= (data.items.len() / 64) as i64;
    if interp.fuel <= 0 {
        interp.refuel()?;
    }
    let d = &data.items[..];
    let out: Vec<u8> = match name.as_str() {
        "md5" => Md5::digest(d).to_vec(),
        "sha1" => Sha1::digest(d).to_vec(),
        "sha224" => Sha224::digest(d).to_vec(),
        "sha256" => Sha256::digest(d).to_vec(),
        "sha384" => Sha384::digest(d).to_vec(),
        "sha512" => Sha512::digest(d).to_vec(),
        other => return Err(interp.value_error(format!("unsupported hash type {other}"))),
    };
    Ok(Value::Bytes(Rc::new(Tuple::new(out))))
}
