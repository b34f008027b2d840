//! Built-in modules, created per interpreter on first import. (The module set grows in the
//! standard-library work; this holds the import machinery.)

use crate::interp::{Interpreter, PyResult};
use crate::value::Value;

impl Interpreter {
    /// `__import__(name)`: the module, from this interpreter's `sys.modules`.
    pub(crate) fn import_module(&mut self, name: &str, _fromlist: bool) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            return Ok(m);
        }
        let e = self.err("ModuleNotFoundError", format!("No module named '{name}'"));
        if let crate::interp::PyErr::Exception(exc) = &e {
            exc.dict.set_str("name", Value::str(name));
        }
        Err(e)
    }
}
