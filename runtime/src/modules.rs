//! Modules, each created per interpreter on first import and kept in that interpreter's
//! module table (`sys.modules`): those built in Rust (a match arm each), the standard library
//! written in Python (`stdlib.rs`) and the embedder's own. Importing never touches another
//! interpreter.

mod abc;
pub(crate) mod array;
pub(crate) mod ast;
mod binascii;
mod clock;
mod cmath;
mod embed;
pub(crate) mod gc;
mod hashlib;
mod imp;
pub(crate) mod import;
pub(crate) mod interpreters;
mod json;
mod math;
mod mount;
pub(crate) mod namespace;
mod operator;
mod os_native;
mod pyexpat;
mod random;
pub(crate) mod re;
pub(crate) mod reduce;
pub(crate) mod stdin;
pub(crate) mod stdlib;
mod r#struct;
pub(crate) mod sys;
mod time;
mod traceback_native;
mod tzdata;
mod unicodedata;
mod weakref;
mod zlib;

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Dict, Instance};
use crate::value::Value;

/// Module names the sandbox refuses, with the reason given in the ImportError.
pub(crate) const REFUSED: &[&str] = &["socket", "subprocess", "ctypes", "multiprocessing"];

/// Which standard stream a `sys.stdout`/`sys.stderr` object writes to (None for other objects).
pub(crate) fn std_stream(v: &Value) -> Option<crate::api::Stream> {
    match v {
        Value::Instance(i) => match i.dict.get_str("__isola_stream__") {
            Some(Value::Int(1)) => Some(crate::api::Stream::Stdout),
            Some(Value::Int(2)) => Some(crate::api::Stream::Stderr),
            _ => None,
        },
        _ => None,
    }
}

impl Interpreter {
    /// A module built in Rust, created fresh for this interpreter; None when `name` is not
    /// one. One line per module: the import system (`import.rs`) calls this on first import.
    pub(crate) fn create_builtin_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "sys" => sys::create(self),
            "math" => math::create(self),
            "json" => json::create(self)?,
            "re" => re::create(self)?,
            "time" => time::create(self)?,
            "hashlib" => hashlib::create(self)?,
            "binascii" => binascii::create(self)?,
            "struct" => r#struct::create(self)?,
            "cmath" => cmath::create(self)?,
            "array" => array::create(self)?,
            "unicodedata" => unicodedata::create(self)?,
            "_interpreters" => interpreters::low_level(self),
            "interpreters" | "concurrent.interpreters" => interpreters::high_level(self)?,
            "_thread" => self.thread_module(),
            "builtins" => self.builtins_module(),
            "__main__" => self.main_module(),
            "_clock" => clock::create(self),
            "_gc" => gc::create(self),
            "_weakref" => weakref::create(self)?,
            "_random" => random::create(self),
            "_abc" => abc::create(self),
            "_imp" => imp::create(self),
            "_ast" => ast::create(self)?,
            "_traceback" => traceback_native::create(self),
            "_operator" => operator::create(self),
            "_reduce" => reduce::create(self)?,
            "zlib" => zlib::create(self)?,
            "pyexpat" => pyexpat::create(self)?,
            "_tzdata" => tzdata::create(self),
            "_mount" => mount::create(self),
            "_os" => os_native::create(self),
            _ => return Ok(None),
        }))
    }

    /// Adds a module written in Python that code in this interpreter can then import like a
    /// built-in one (`is_package` makes it a package, whose submodules are added as
    /// `"pkg.sub"`). The source is compiled on the module's first import, and a module of the
    /// same name shipped with the runtime is replaced. Modules already imported are unchanged.
    pub fn add_module_source(&mut self, name: &str, source: &str, is_package: bool) {
        self.module_sources
            .insert(name.to_owned(), (Rc::from(source), is_package));
    }

    /// `_thread`: the primitives under `threading` (see `vm::threads`).
    fn thread_module(&mut self) -> Value {
        use crate::vm::threads as t;
        let (module, m) = self.new_module("_thread");
        let d = &m.dict;
        crate::builtins::add_function(d, "start_new_thread", t::start_new_thread);
        crate::builtins::add_function(d, "get_ident", t::get_ident);
        crate::builtins::add_function(d, "_switch", t::switch);
        crate::builtins::add_function(d, "_wake", t::wake);
        crate::builtins::add_function(d, "_is_alive", t::is_alive);
        crate::builtins::add_function(d, "_count", t::count);
        crate::builtins::add_function(d, "_cas", t::cas);
        crate::builtins::add_function(d, "_rlock_enter", t::rlock_enter);
        crate::builtins::add_function(d, "_rlock_exit", t::rlock_exit);
        d.set_str("_main_ident", Value::Int(t::MAIN_IDENT as i64));
        d.set_str("TIMEOUT_MAX", Value::Float(f64::from(u32::MAX)));
        crate::builtins::add_function(d, "__getattr__", thread_lock_type);
        module
    }

    /// The `builtins` module: its namespace is this interpreter's builtins dict itself, so
    /// that `builtins.print = f` changes what every name lookup finds.
    fn builtins_module(&mut self) -> Value {
        Value::Instance(Rc::new(Instance::new(
            self.types.module.clone(),
            self.full_builtins(),
            None,
        )))
    }

    /// `__main__`: the namespace `exec` runs programs in, as a module.
    pub(crate) fn main_module(&mut self) -> Value {
        Value::Instance(Rc::new(Instance::new(
            self.types.module.clone(),
            self.main_globals.clone(),
            None,
        )))
    }

    /// A new, empty module object named `name`.
    pub(crate) fn new_module(&mut self, name: &str) -> (Value, Rc<Instance>) {
        let inst = Rc::new(Instance::new(
            self.types.module.clone(),
            Rc::new(Dict::new()),
            None,
        ));
        inst.dict.set_str("__name__", Value::str(name));
        inst.dict.set_str("__doc__", Value::None);
        (Value::Instance(inst.clone()), inst)
    }
}

/// `_thread.__getattr__` (PEP 562): the lock types, which isola writes in Python in
/// `threading` over the green-thread primitives here (`from _thread import RLock`, as
/// CPython's functools does, and `allocate_lock`).
fn thread_lock_type(interp: &mut Interpreter, args: crate::object::Args) -> PyResult<Value> {
    let name = args
        .pos
        .first()
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let in_threading = match name.as_str() {
        "RLock" => "RLock",
        "allocate_lock" | "allocate" | "LockType" => "Lock",
        _ => {
            return Err(interp.err(
                "AttributeError",
                format!("module '_thread' has no attribute '{name}'"),
            ))
        }
    };
    let threading = interp.import_with("threading", None, &[Value::str("Lock")], 0)?;
    interp.get_attr(&threading, in_threading)
}
