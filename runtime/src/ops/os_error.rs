//! OSError and its subclasses: `OSError(errno, strerror[, filename[, winerror[, filename2]]])`
//! fills `errno`, `strerror`, `filename` and `filename2`, `OSError(2, ...)` makes the subclass
//! that errno names (FileNotFoundError), and `str()` reads `[Errno 2] msg: 'file'`.
//!
//! The attributes live in the exception's dict; one never set reads as None (CPython's NULL
//! member), while one set to None counts as set, as CPython's `str()` has it.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{ExceptionObject, Type};
use crate::value::Value;

/// The OSError attributes that read as None when unset.
pub(crate) const FIELDS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// The subclass CPython picks for a Linux errno value.
fn subclass_for(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

impl Interpreter {
    /// The type `OSError(*args)` makes: a subclass when the first of two or more arguments is
    /// an errno that names one; calling a subclass (or a class) keeps its own type.
    pub(crate) fn os_error_type(&self, ty: &Rc<Type>, args: &[Value]) -> Rc<Type> {
        if ty.is_class || &*ty.name != "OSError" || !(2..=5).contains(&args.len()) {
            return ty.clone();
        }
        let errno = match &args[0] {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            _ => return ty.clone(),
        };
        subclass_for(errno)
            .and_then(|name| self.types.exception(name))
            .unwrap_or_else(|| ty.clone())
    }

    /// Reads an OSError's arguments into its attributes (CPython's `oserror_init`): two to
    /// five arguments give errno and strerror, a filename that is not None is kept and then
    /// `args` keeps only the first two.
    pub(crate) fn os_error_init(&mut self, e: &ExceptionObject) -> PyResult<()> {
        let args = e.args.borrow().clone();
        if !(2..=5).contains(&args.len()) {
            return Ok(());
        }
        e.dict.set_str("errno", args[0].clone());
        e.dict.set_str("strerror", args[1].clone());
        let Some(filename) = args.get(2).filter(|f| !f.is_none()) else {
            return Ok(());
        };
        let blocking = !e.ty.is_class && &*e.ty.name == "BlockingIOError";
        if blocking && matches!(filename, Value::Int(_) | Value::Bool(_) | Value::Long(_)) {
            let written = self.to_index(filename)?;
            e.dict.set_str("characters_written", Value::Int(written));
            return Ok(());
        }
        e.dict.set_str("filename", filename.clone());
        if let Some(f2) = args.get(4).filter(|f| !f.is_none()) {
            e.dict.set_str("filename2", f2.clone());
        }
        e.args.borrow_mut().truncate(2);
        Ok(())
    }

    /// `str()` of an OSError whose fields are set, or None to use BaseException's.
    pub(crate) fn os_error_str(&mut self, e: &ExceptionObject) -> Option<String> {
        let field = |n: &str| e.dict.get_str(n);
        let errno = field("errno").unwrap_or(Value::None);
        let strerror = field("strerror").unwrap_or(Value::None);
        let head = |interp: &mut Interpreter| -> String {
            let a = interp.to_str(&errno).unwrap_or_default();
            let b = interp.to_str(&strerror).unwrap_or_default();
            format!("[Errno {a}] {b}")
        };
        if let Some(filename) = field("filename") {
            let head = head(self);
            let f = self.repr(&filename).unwrap_or_default();
            return Some(match field("filename2") {
                Some(f2) => {
                    let f2 = self.repr(&f2).unwrap_or_default();
                    format!("{head}: {f} -> {f2}")
                }
                None => format!("{head}: {f}"),
            });
        }
        if field("errno").is_some() && field("strerror").is_some() {
            return Some(head(self));
        }
        None
    }
}

/// Whether `ty` is OSError or a subclass of it.
pub(crate) fn is_os_error(ty: &Type) -> bool {
    ty.is_builtin_subtype("OSError")
}
