//! Compiled code as immutable bytes, so that the interpreters of one runtime share the work of
//! compiling the standard library: the host compiles a shipped module once, with the runtime's
//! own compiler and from the runtime's own embedded source, and hands the bytes to every
//! interpreter that imports it, which rebuilds its code objects from them instead of parsing and
//! compiling (about a fifth of the instructions). The bytes start with a fingerprint of the
//! compiler and a hash of the source they were compiled from; an interpreter uses them only when
//! both match its own, so a host built from other sources changes nothing but the speed.
//!
//! Only the host makes these bytes, from sources it trusts, never a guest: under wasmtime a
//! guest's bytes could carry bytecode that no compiler would emit into another interpreter.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::bytecode::{Code, NameTables, Op};
use crate::object::Str;
use crate::value::Value;

include!(concat!(env!("OUT_DIR"), "/compiler_fingerprint.rs"));

#[derive(Serialize, Deserialize)]
struct Module {
    /// [`COMPILER_FINGERPRINT`]: bytes from another compiler (a guest built from other
    /// sources than its host) are never used, since the same variant index could mean another
    /// instruction there.
    compiler: u64,
    source_hash: u64,
    code: CodeBytes,
}

#[derive(Serialize, Deserialize)]
struct CodeBytes {
    name: String,
    qualname: String,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Const>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    cell_params: Vec<(u32, u32)>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    firstlineno: u32,
}

/// The constants the compiler emits.
#[derive(Serialize, Deserialize)]
enum Const {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// Two's complement, little-endian.
    Long(Vec<u8>),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Box<CodeBytes>),
}

/// The hash of the source that the bytes record and check: the runtime's `str` hash (FNV-1a).
fn source_hash(source: &str) -> u64 {
    crate::object::str_hash(source) as u64
}

/// The bytes of a module's compiled code, or `None` if it holds a constant the encoding does not
/// know (the importer then compiles the source itself).
pub(crate) fn encode(code: &Code, source: &str) -> Option<Vec<u8>> {
    let module = Module {
        compiler: COMPILER_FINGERPRINT,
        source_hash: source_hash(source),
        code: code_bytes(code)?,
    };
    Some(crate::share::encode(&module))
}

fn code_bytes(code: &Code) -> Option<CodeBytes> {
    let strings = |names: &[Rc<str>]| names.iter().map(|s| s.to_string()).collect();
    Some(CodeBytes {
        name: code.name.to_string(),
        qualname: code.qualname.to_string(),
        ops: code.ops.clone(),
        lines: code.lines.clone(),
        consts: code.consts.iter().map(constant).collect::<Option<_>>()?,
        names: strings(&code.names),
        varnames: strings(&code.varnames),
        cellvars: strings(&code.cellvars),
        freevars: strings(&code.freevars),
        cell_params: code.cell_params.clone(),
        argcount: code.argcount,
        posonlyargcount: code.posonlyargcount,
        kwonlyargcount: code.kwonlyargcount,
        flags: code.flags,
        firstlineno: code.firstlineno,
    })
}

fn constant(value: &Value) -> Option<Const> {
    Some(match value {
        Value::None => Const::None,
        Value::Ellipsis => Const::Ellipsis,
        Value::Bool(b) => Const::Bool(*b),
        Value::Int(i) => Const::Int(*i),
        Value::Long(i) => Const::Long(i.to_signed_bytes_le()),
        Value::Float(f) => Const::Float(*f),
        Value::Complex(c) => Const::Complex(c.0, c.1),
        Value::Str(s) => Const::Str(s.as_str().to_owned()),
        Value::Bytes(b) => Const::Bytes(b.items.to_vec()),
        Value::Tuple(t) => Const::Tuple(t.items.iter().map(constant).collect::<Option<_>>()?),
        Value::Code(code) => Const::Code(Box::new(code_bytes(code)?)),
        _ => return None,
    })
}

/// The module code in `bytes`, if they were made by this very compiler from exactly `source`.
/// `filename` and `source` are shared by every code object of the module, as the compiler
/// shares them.
pub(crate) fn decode(bytes: &[u8], filename: &str, source: &str) -> Option<Rc<Code>> {
    let module: Module = crate::share::decode(bytes)?;
    if module.compiler != COMPILER_FINGERPRINT || module.source_hash != source_hash(source) {
        return None;
    }
    let mut rebuild = Rebuild {
        filename: filename.into(),
        source: source.into(),
        name_strs: HashMap::new(),
    };
    rebuild.code(module.code)
}

/// What the code objects of one module share as they are rebuilt.
struct Rebuild {
    filename: Rc<str>,
    source: Rc<str>,
    /// Each name as one `str` object for the whole module, as the compiler makes them.
    name_strs: HashMap<String, Rc<Str>>,
}

impl Rebuild {
    fn code(&mut self, code: CodeBytes) -> Option<Rc<Code>> {
        let rcs = |names: Vec<String>| names.into_iter().map(Rc::from).collect();
        let consts = code
            .consts
            .into_iter()
            .map(|c| self.constant(c))
            .collect::<Option<Vec<_>>>()?;
        // Operands index these tables; a stray one would be a host bug, refused here rather than
        // met while running.
        let fits = |index: u32, len: usize| (index as usize) < len;
        if !code.ops.iter().all(|op| match *op {
            Op::LoadConst(k) => fits(k, consts.len()),
            _ => true,
        }) || code.lines.len() != code.ops.len()
        {
            return None;
        }
        let tables = NameTables::new(code.names.iter().map(String::as_str), &mut self.name_strs);
        Some(Rc::new(Code {
            name: code.name.as_str().into(),
            qualname: code.qualname.as_str().into(),
            filename: self.filename.clone(),
            ops: code.ops,
            lines: code.lines,
            consts,
            names: tables.names,
            name_hashes: tables.name_hashes,
            name_keys: tables.name_keys,
            global_cache: tables.global_cache,
            attr_cache: tables.attr_cache,
            varnames: rcs(code.varnames),
            cellvars: rcs(code.cellvars),
            freevars: rcs(code.freevars),
            cell_params: code.cell_params,
            argcount: code.argcount,
            posonlyargcount: code.posonlyargcount,
            kwonlyargcount: code.kwonlyargcount,
            flags: code.flags,
            firstlineno: code.firstlineno,
            source: self.source.clone(),
        }))
    }

    fn constant(&mut self, constant: Const) -> Option<Value> {
        Some(match constant {
            Const::None => Value::None,
            Const::Ellipsis => Value::Ellipsis,
            Const::Bool(b) => Value::Bool(b),
            Const::Int(i) => Value::Int(i),
            Const::Long(bytes) => Value::from_bigint(BigInt::from_signed_bytes_le(&bytes)),
            Const::Float(f) => Value::Float(f),
            Const::Complex(re, im) => Value::complex(re, im),
            Const::Str(s) => Value::from_string(s),
            Const::Bytes(b) => Value::Bytes(Rc::new(crate::object::Tuple::new(b))),
            Const::Tuple(items) => Value::tuple(
                items
                    .into_iter()
                    .map(|c| self.constant(c))
                    .collect::<Option<_>>()?,
            ),
            Const::Code(code) => Value::Code(self.code(*code)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shipped module's code survives the trip through bytes whole: what an interpreter
    /// rebuilds encodes to the very bytes the host made.
    #[test]
    fn every_shipped_module_round_trips() {
        let mut checked = 0;
        for (name, source, _) in crate::modules::stdlib::all() {
            let bytes = crate::compile_shipped_module(name)
                .unwrap_or_else(|| panic!("{name} does not compile to bytes"));
            let filename = crate::modules::import::frozen_filename(name);
            let code = decode(&bytes, &filename, source)
                .unwrap_or_else(|| panic!("{name}'s bytes do not decode"));
            assert_eq!(encode(&code, source).as_deref(), Some(&bytes[..]), "{name}");
            assert_eq!(&*code.filename, filename);
            checked += 1;
        }
        assert!(checked > 200, "only {checked} shipped modules");
    }

    #[test]
    fn bytes_for_other_source_or_damaged_bytes_are_refused() {
        let bytes = crate::compile_shipped_module("textwrap").expect("textwrap compiles");
        let (source, _) = crate::modules::stdlib::find("textwrap").expect("textwrap is shipped");
        assert!(decode(&bytes, "<frozen textwrap>", source).is_some());
        let edited = format!("{source}\n# edited\n");
        assert!(decode(&bytes, "<frozen textwrap>", &edited).is_none());
        assert!(decode(&bytes[..bytes.len() / 2], "<frozen textwrap>", source).is_none());
        assert!(crate::compile_shipped_module("no_such_module").is_none());
        // Bytes from another compiler are refused even for the same source.
        let mut module: Module = crate::share::decode(&bytes).expect("decodes");
        module.compiler ^= 1;
        let other = crate::share::encode(&module);
        assert!(decode(&other, "<frozen textwrap>", source).is_none());
    }

    /// Constants of every kind the compiler makes, in a function's code nested in a module's.
    #[test]
    fn constants_of_every_kind_round_trip() {
        let source =
            "def f():\n    return (None, ..., True, 7, 2**80, -2**70, 1.5, 2j, 'é', b'\\x00', \
                      ('a', (1,)), 10**30)\nx = f()\n";
        let module = crate::syntax::parse_module(source).expect("parses");
        let code = crate::compile::compile_module(&module, "<t>", source.into()).expect("compiles");
        let bytes = encode(&code, source).expect("encodes");
        let back = decode(&bytes, "<t>", source).expect("decodes");
        assert_eq!(encode(&back, source), Some(bytes));
    }
}
