//! `_ast`, the native half of CPython's `ast` module (which isola embeds unchanged): the node
//! classes (`ast/_ast.py`, made from a table of names and fields), source to node objects
//! over isola's parser (`ast/to_py.rs`), and node objects back to isola's tree for
//! `compile(tree, filename, mode)` (`ast/from_py.rs`). `compile` with `PyCF_ONLY_AST`, which
//! is how `ast.parse` works, comes here through `parse_to_tree`.

mod from_py;
mod to_py;

use std::rc::Rc;

use crate::bytecode::Code;
use crate::interp::{Interpreter, PyResult};
use crate::object::Dict;
use crate::value::Value;

/// `compile`'s flag asking for the tree instead of code.
pub(crate) const PYCF_ONLY_AST: i64 = 0x400;

pub(super) fn create(interp: &mut Interpreter) -> PyResult<Value> {
    let (module, m) = interp.new_module("_ast");
    super::embed::run_module_source(interp, &m, include_str!("ast/_ast.py"), "<_ast>")?;
    Ok(module)
}

/// `_ast`'s namespace, importing it if this is the first use.
fn classes(interp: &mut Interpreter) -> PyResult<Rc<Dict>> {
    match interp.import_with("_ast", None, &[], 0)? {
        Value::Instance(m) => Ok(m.dict.clone()),
        _ => Err(interp.err("SystemError", "_ast is not a module")),
    }
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the tree of `source` as `ast` nodes.
pub(crate) fn parse_to_tree(
    interp: &mut Interpreter,
    source: &str,
    filename: &str,
    mode: &str,
) -> PyResult<Value> {
    let parsed = match mode {
        "eval" => crate::syntax::parse_expression(source).map(Parsed::Expr),
        "single" => crate::syntax::parse_interactive(source).map(Parsed::Module),
        _ => crate::syntax::parse_module(source).map(Parsed::Module),
    };
    let tree = match parsed {
        Ok(t) => t,
        Err(e) => return Err(interp.parse_error(&e, filename, source)),
    };
    let classes = classes(interp)?;
    let mut to = to_py::ToPy::new(interp, classes, source);
    match tree {
        Parsed::Module(m) => to.module(
            &m,
            if mode == "single" {
                "Interactive"
            } else {
                "Module"
            },
        ),
        Parsed::Expr(e) => to.expression(&e),
    }
}

enum Parsed {
    Module(crate::syntax::ast::Module),
    Expr(crate::syntax::ast::Expr),
}

/// Whether `v` is an `ast.AST` node: an instance of `_ast.AST`, which exists only once `_ast`
/// has been imported (so `compile` of a string never imports it).
pub(crate) fn is_node(interp: &Interpreter, v: &Value) -> bool {
    let Value::Instance(i) = v else {
        return false;
    };
    let Some(Value::Instance(module)) = interp.modules.get_str("_ast") else {
        return false;
    };
    let Some(Value::Type(base)) = module.dict.get_str("AST") else {
        return false;
    };
    Rc::ptr_eq(&i.class, &base) || i.class.mro.iter().any(|t| Rc::ptr_eq(t, &base))
}

/// `compile(tree, filename, mode)`: the node objects back to isola's tree, then compiled.
pub(crate) fn compile_tree(
    interp: &mut Interpreter,
    tree: &Value,
    filename: &str,
    mode: &str,
) -> PyResult<Rc<Code>> {
    let classes = classes(interp)?;
    let converted = from_py::FromPy::new(interp, classes).tree(tree, mode)?;
    let source: Rc<str> = Rc::from("");
    let compiled = match &converted {
        from_py::Tree::Expression(e) => crate::compile::compile_eval(e, filename, source, false),
        from_py::Tree::Module(m) if mode == "single" => {
            crate::compile::compile_interactive(m, filename, source)
        }
        from_py::Tree::Module(m) => crate::compile::compile_module(m, filename, source),
    };
    compiled.map_err(|e| {
        interp.syntax_error(
            "SyntaxError",
            &e.msg,
            filename,
            "",
            e.span.line,
            e.span.col,
            e.span.end_col,
        )
    })
}
