//! Running a module's Python half: some built-in modules are native functions plus Python
//! source compiled into the module's namespace when the module is first imported.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::Instance;

/// Compiles `source` and runs it with the module's dict as its globals.
pub(super) fn run_module_source(
    interp: &mut Interpreter,
    module: &Rc<Instance>,
    source: &str,
    filename: &str,
) -> PyResult<()> {
    let code = interp.compile_source(source, filename)?;
    interp.run_code(code, module.dict.clone(), None)?;
    Ok(())
}
