//! The types of coroutines, asynchronous generators and the awaitables that asynchronous
//! generator methods return, created the first time a program asks for one, with their methods.

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::{Args, Type, TypeKind};
use crate::value::Value;
use crate::vm::GenKind;

use super::{add_method, check_count, methods_gen};

impl Interpreter {
    /// The type named `name` (`coroutine`, `async_generator`, `async_generator_asend` or
    /// `async_generator_athrow`), made once per interpreter.
    pub(crate) fn async_type(&self, name: &'static str) -> Rc<Type> {
        if let Some(t) = self.types.internal.borrow().get(name) {
            return t.clone();
        }
        let t = crate::interp::new_type(name, TypeKind::Other, Some(&self.types.object));
        match name {
            "async_generator" => {
                add_method(&t, "__aiter__", self_method);
                add_method(&t, "__anext__", anext);
                add_method(&t, "asend", asend);
                add_method(&t, "athrow", athrow);
                add_method(&t, "aclose", aclose);
            }
            _ => {
                methods_gen::install_coroutine_methods(&t);
                add_method(&t, "__await__", self_method);
                if name != "coroutine" {
                    methods_gen::add_iterator_methods(&t);
                }
            }
        }
        self.types.internal.borrow_mut().insert(name, t.clone());
        t
    }
}

fn self_method(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__await__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn agen(
    interp: &mut Interpreter,
    args: &Args,
    name: &str,
) -> PyResult<Rc<std::cell::RefCell<crate::vm::Generator>>> {
    match args.pos.first() {
        Some(Value::Generator(g)) if g.borrow().kind == GenKind::AsyncGenerator => Ok(g.clone()),
        _ => Err(interp.type_error(format!(
            "descriptor '{name}' requires a 'async_generator' object"
        ))),
    }
}

fn anext(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "__anext__", &args, 1, 1)?;
    let g = agen(interp, &args, "__anext__")?;
    Ok(interp.new_async_step(&g, Ok(Value::None), false))
}

fn asend(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "asend", &args, 2, 2)?;
    let g = agen(interp, &args, "asend")?;
    Ok(interp.new_async_step(&g, Ok(args.pos[1].clone()), false))
}

fn athrow(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "athrow", &args, 2, 4)?;
    let g = agen(interp, &args, "athrow")?;
    let exc = methods_gen::exception_to_throw(interp, &args)?;
    Ok(interp.new_async_step(&g, Err(exc), false))
}

fn aclose(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "aclose", &args, 1, 1)?;
    let g = agen(interp, &args, "aclose")?;
    let exit = interp.new_exception("GeneratorExit", vec![]);
    Ok(interp.new_async_step(&g, Err(exit), true))
}
