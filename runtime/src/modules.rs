//! Built-in modules, each created per interpreter on first import and kept in that
//! interpreter's module table (`sys.modules`). Importing never touches another interpreter.

mod array;
mod binascii;
mod cmath;
mod embed;
mod hashlib;
pub(crate) mod interpreters;
mod json;
mod math;
mod random;
mod re;
mod r#struct;
mod sys;
mod time;
mod unicodedata;
mod uuid;

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Dict, Instance};
use crate::value::Value;

/// Module names the sandbox refuses, with the reason given in the ImportError.
const REFUSED: &[&str] = &[
    "os",
    "socket",
    "subprocess",
    "ctypes",
    "signal",
    "multiprocessing",
    "shutil",
    "pathlib",
    "posix",
    "_thread",
];

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
    /// `__import__(name)`: the module, from this interpreter's `sys.modules`, creating a
    /// built-in module on first import. With `fromlist` false, `import a.b` binds `a`.
    pub(crate) fn import_module(&mut self, name: &str, _fromlist: bool) -> PyResult<Value> {
        if name.starts_with('.') {
            return Err(self.err(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        if let Some(m) = self.modules.get_str(name) {
            return Ok(m);
        }
        let module = match name {
            "sys" => sys::create(self),
            "math" => math::create(self),
            "random" => random::create(self)?,
            "json" => json::create(self)?,
            "re" => re::create(self)?,
            "time" => time::create(self)?,
            "hashlib" => hashlib::create(self)?,
            "binascii" => binascii::create(self)?,
            "base64" => binascii::create_base64(self)?,
            "struct" => r#struct::create(self)?,
            "cmath" => cmath::create(self)?,
            "uuid" => uuid::create(self)?,
            "array" => array::create(self)?,
            "unicodedata" => unicodedata::create(self)?,
            "interpreters" | "_interpreters" | "concurrent" | "concurrent.interpreters" => {
                return interpreters::import(self, name, _fromlist)
            }
            _ => {
                let top = name.split('.').next().unwrap_or(name);
                if REFUSED.contains(&top) {
                    let e = self.err(
                        "ImportError",
                        format!("module '{top}' is not available in the isola sandbox"),
                    );
                    if let PyErr::Exception(exc) = &e {
                        exc.dict.set_str("name", Value::str(top));
                    }
                    return Err(e);
                }
                let e = self.err("ModuleNotFoundError", format!("No module named '{name}'"));
                if let PyErr::Exception(exc) = &e {
                    exc.dict.set_str("name", Value::str(name));
                }
                return Err(e);
            }
        };
        self.modules.set_str(name, module.clone());
        Ok(module)
    }

    /// A new, empty module object named `name`.
    pub(crate) fn new_module(&mut self, name: &str) -> (Value, Rc<Instance>) {
        let inst = Rc::new(Instance {
            class: self.types.module.clone(),
            dict: Rc::new(Dict::new()),
            base: None,
        });
        inst.dict.set_str("__name__", Value::str(name));
        inst.dict.set_str("__doc__", Value::None);
        (Value::Instance(inst.clone()), inst)
    }
}
