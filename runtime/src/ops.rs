//! Operations on values: arithmetic, comparison, truth, hashing, attribute and item access,
//! iteration, repr and formatting. Built-in types take fast paths; class instances go through
//! their special methods.

mod arith;
mod arith_dunder;
mod attr;
mod compare;
pub(crate) use compare::rich_comparison_methods;
mod convert;
mod dunder;
pub(crate) mod exception_group;
mod item;
mod iter;
mod metaclass;
pub(crate) mod os_error;
mod percent;
pub(crate) mod repr;
mod subclass;
mod traceback;
pub(crate) mod unicode_error;

use std::rc::Rc;

use crate::interp::{Interpreter, PyResult};
use crate::object::Type;
use crate::syntax::ast::BinOp;
use crate::value::Value;

pub(crate) use attr::is_object_method;
pub use compare::num_eq;
pub(crate) use dunder::dunder_names;
pub(crate) use metaclass::install as install_type_methods;
pub(crate) use subclass::install as install_subclass_methods;
pub(crate) use subclass::{builtin_base, owner_wants_base};

/// Rich comparison operators, in `Op::Compare` operand order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpKind {
    pub fn from_u32(c: u32) -> CmpKind {
        match c {
            0 => CmpKind::Eq,
            1 => CmpKind::Ne,
            2 => CmpKind::Lt,
            3 => CmpKind::Le,
            4 => CmpKind::Gt,
            _ => CmpKind::Ge,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpKind::Eq => "__eq__",
            CmpKind::Ne => "__ne__",
            CmpKind::Lt => "__lt__",
            CmpKind::Le => "__le__",
            CmpKind::Gt => "__gt__",
            CmpKind::Ge => "__ge__",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
            other => other,
        }
    }

    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpKind::Eq => ord == Equal,
            CmpKind::Ne => ord != Equal,
            CmpKind::Lt => ord == Less,
            CmpKind::Le => ord != Greater,
            CmpKind::Gt => ord == Greater,
            CmpKind::Ge => ord != Less,
        }
    }
}

pub fn bin_op_from(o: u32) -> BinOp {
    match o {
        0 => BinOp::Add,
        1 => BinOp::Sub,
        2 => BinOp::Mult,
        3 => BinOp::MatMult,
        4 => BinOp::Div,
        5 => BinOp::Mod,
        6 => BinOp::Pow,
        7 => BinOp::LShift,
        8 => BinOp::RShift,
        9 => BinOp::BitOr,
        10 => BinOp::BitXor,
        11 => BinOp::BitAnd,
        _ => BinOp::FloorDiv,
    }
}

impl Interpreter {
    /// `type(v)`.
    pub(crate) fn type_of(&self, v: &Value) -> Rc<Type> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::Long(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(..) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Type(ty) => ty
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| t.type_.clone()),
            Value::Exception(e) => e.ty.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Generator(g) => match g.borrow().kind {
                crate::vm::GenKind::Generator => t.generator.clone(),
                _ => self.async_type(g.borrow().type_name()),
            },
            Value::Iter(_) => self.internal_type(v.kind_name()),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::WeakRef(_) => self.internal_type(v.kind_name()),
            Value::Array(_) => crate::modules::array::array_type(&self.types),
        }
    }

    /// The type object for an internal type such as `list_iterator`, made on first use.
    pub(crate) fn internal_type(&self, name: &'static str) -> Rc<Type> {
        if let Some(t) = self.types.internal.borrow().get(name) {
            return t.clone();
        }
        let t = crate::interp::new_type(
            name,
            crate::object::TypeKind::Other,
            Some(&self.types.object),
        );
        crate::builtins::add_iterator_methods(&t);
        self.types.internal.borrow_mut().insert(name, t.clone());
        t
    }

    /// The name of `type(v)`, for messages.
    pub(crate) fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Exception(e) => e.ty.name.to_string(),
            // A built-in type from another module has a dotted name (`types.SimpleNamespace`).
            Value::Instance(i) if !i.class.is_class && &**i.class.module.borrow() != "builtins" => {
                format!("{}.{}", i.class.module.borrow(), i.class.name)
            }
            Value::Instance(i) => i.class.name.to_string(),
            Value::Type(t) => match &*t.metaclass.borrow() {
                Some(m) => m.name.to_string(),
                None => "type".to_string(),
            },
            other => other.kind_name().to_string(),
        }
    }

    /// `bool(v)`.
    pub(crate) fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Long(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => r.len() != 0,
            Value::Instance(_) => {
                if let Some(b) = self.subclass_base(v, "__bool__") {
                    if self.subclass_base(v, "__len__").is_some() {
                        return self.truthy(&b);
                    }
                }
                if let Some(m) = self.lookup_special(v, "__bool__") {
                    let r = self.call1(&m, v.clone())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            Err(self
                                .type_error(format!("__bool__ should return bool, returned {tn}")))
                        }
                    };
                }
                if let Some(m) = self.lookup_special(v, "__len__") {
                    let r = self.call1(&m, v.clone())?;
                    return Ok(self.to_index(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }
}

/// An int-like value (int, bool) as a BigInt, for built-in functions.
pub fn to_bigint_pub(v: &Value) -> Option<num_bigint::BigInt> {
    arith::to_bigint(v)
}
