//! `_traceback`: what the Python `traceback` module needs from the VM: an exception's
//! formatted text (exactly what an uncaught exception prints) and its traceback entries.

use crate::builtins::{add_function, check_count};
use crate::interp::{Interpreter, PyResult};
use crate::object::Args;
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_traceback");
    add_function(&m.dict, "format_exception", format_exception);
    add_function(&m.dict, "entries", entries);
    add_function(&m.dict, "source_line", source_line);
    module
}

/// `format_exception(exc, chain)`: the text CPython prints for `exc`, with its cause and
/// context unless `chain` is false.
fn format_exception(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "format_exception", &args, 2, 2)?;
    let Value::Exception(exc) = &args.pos[0] else {
        let tn = interp.type_name(&args.pos[0]);
        return Err(interp.type_error(format!("expected an exception, not {tn}")));
    };
    let exc = exc.clone();
    let text = if interp.truthy(&args.pos[1])? {
        interp.format_exception(&exc)
    } else {
        // Without the chain: format a copy that has no cause or context.
        let alone = std::rc::Rc::new(crate::object::ExceptionObject::new(
            exc.ty.clone(),
            exc.args.borrow().clone(),
        ));
        *alone.traceback.borrow_mut() = exc.traceback.borrow().clone();
        for (k, v) in exc.dict.items() {
            if let Some(k) = k.as_str() {
                alone.dict.set_str(k, v);
            }
        }
        interp.format_exception(&alone)
    };
    Ok(Value::from_string(text))
}

/// `entries(exc)`: `(filename, lineno, name, line)` for each traceback entry, outermost first.
fn entries(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "entries", &args, 1, 1)?;
    let Value::Exception(exc) = &args.pos[0] else {
        return Ok(Value::tuple(Vec::new()));
    };
    let items = exc
        .traceback
        .borrow()
        .iter()
        .rev()
        .map(|e| {
            let has_source = !e.code.filename.starts_with('<');
            let line = e
                .code
                .source_line(e.line)
                .filter(|_| has_source)
                .map_or(Value::None, Value::str);
            Value::tuple(vec![
                Value::str(&e.code.filename),
                Value::Int(e.line as i64),
                Value::str(&e.code.name),
                line,
            ])
        })
        .collect();
    Ok(Value::tuple(items))
}

/// `source_line(code, lineno)`: line `lineno` of the source `code` was compiled from, as a
/// traceback shows it, or None (no source kept, or a `<string>`-like file name).
fn source_line(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "source_line", &args, 2, 2)?;
    let (Value::Code(code), Value::Int(line)) = (&args.pos[0], &args.pos[1]) else {
        return Ok(Value::None);
    };
    if code.filename.starts_with('<') {
        return Ok(Value::None);
    }
    let Ok(line) = u32::try_from(*line) else {
        return Ok(Value::None);
    };
    Ok(code.source_line(line).map_or(Value::None, Value::str))
}
