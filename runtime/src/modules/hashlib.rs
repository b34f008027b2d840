//! The `hashlib` module: md5, sha1, the SHA-2 and SHA-3 families, SHAKE and BLAKE2 (keyed,
//! salted and personalised, any digest size) through the RustCrypto crates pinned in the
//! workspace. A hash object (`hashlib/hashlib.py`) keeps the bytes fed
//! to it and digests them on request, so `update` and `copy` need no native state.

use std::rc::Rc;

use blake2::digest::block_buffer::{BlockBuffer, Lazy};
use blake2::digest::core_api::{BlockSizeUser, UpdateCore, VariableOutputCore};
use blake2::digest::typenum::Unsigned;
use blake2::{Blake2bVarCore, Blake2sVarCore};
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};
use sha3::digest::{ExtendableOutput, Update};
use sha3::{Sha3_224, Sha3_256, Sha3_384, Sha3_512, Shake128, Shake256};

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

/// `_digest(name, data[, params])`: the digest of `data` (bytes) under the named algorithm.
/// `params` is `(length,)` for SHAKE and `(digest_size, key, salt, person)` for BLAKE2, all
/// checked by the Python half (`hashlib.py`).
fn digest(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_digest", &args, 2, 3)?;
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
        "sha3_224" => Sha3_224::digest(d).to_vec(),
        "sha3_256" => Sha3_256::digest(d).to_vec(),
        "sha3_384" => Sha3_384::digest(d).to_vec(),
        "sha3_512" => Sha3_512::digest(d).to_vec(),
        "shake_128" | "shake_256" => {
            let length = param_int(interp, &args, 0)?;
            interp.check_alloc(length as u128)?;
            let mut out = vec![0u8; length];
            if name.as_str() == "shake_128" {
                let mut h = Shake128::default();
                h.update(d);
                h.finalize_xof_into(&mut out);
            } else {
                let mut h = Shake256::default();
                h.update(d);
                h.finalize_xof_into(&mut out);
            }
            out
        }
        "blake2b" | "blake2s" => {
            let size = param_int(interp, &args, 0)?;
            let key = param_bytes(interp, &args, 1)?;
            let salt = param_bytes(interp, &args, 2)?;
            let person = param_bytes(interp, &args, 3)?;
            if name.as_str() == "blake2b" {
                let core = Blake2bVarCore::new_with_params(&salt, &person, key.len(), size);
                blake2b(core, &key, d, size)
            } else {
                let core = Blake2sVarCore::new_with_params(&salt, &person, key.len(), size);
                blake2s(core, &key, d, size)
            }
        }
        other => return Err(interp.value_error(format!("unsupported hash type {other}"))),
    };
    Ok(Value::Bytes(Rc::new(Tuple::new(out))))
}

/// BLAKE2 over `data` with a core made for the digest size, key length, salt and person: a
/// key goes first as a whole block of its own, zero-padded, as RFC 7693 keys the hash. One
/// function per variant, since the block sizes are types.
macro_rules! blake2_fn {
    ($name:ident, $core:ty) => {
        fn $name(mut core: $core, key: &[u8], data: &[u8], size: usize) -> Vec<u8> {
            type Size = <$core as BlockSizeUser>::BlockSize;
            let mut buffer = BlockBuffer::<Size, Lazy>::default();
            if !key.is_empty() {
                let mut block = vec![0u8; Size::USIZE];
                block[..key.len()].copy_from_slice(key);
                buffer.digest_blocks(&block, |blocks| core.update_blocks(blocks));
            }
            buffer.digest_blocks(data, |blocks| core.update_blocks(blocks));
            let mut full = blake2::digest::Output::<$core>::default();
            core.finalize_variable_core(&mut buffer, &mut full);
            full[..size].to_vec()
        }
    };
}

blake2_fn!(blake2b, Blake2bVarCore);
blake2_fn!(blake2s, Blake2sVarCore);

/// Item `i` of `_digest`'s parameter tuple, as a size.
fn param_int(interp: &mut Interpreter, args: &Args, i: usize) -> PyResult<usize> {
    match param(args, i) {
        Some(Value::Int(n)) if *n >= 0 => Ok(*n as usize),
        _ => Err(interp.value_error("bad digest parameters")),
    }
}

/// Item `i` of `_digest`'s parameter tuple, as bytes.
fn param_bytes(interp: &mut Interpreter, args: &Args, i: usize) -> PyResult<Vec<u8>> {
    match param(args, i) {
        Some(Value::Bytes(b)) => Ok(b.items.to_vec()),
        _ => Err(interp.value_error("bad digest parameters")),
    }
}

fn param(args: &Args, i: usize) -> Option<&Value> {
    match args.pos.get(2) {
        Some(Value::Tuple(t)) => t.items.get(i),
        _ => None,
    }
}
