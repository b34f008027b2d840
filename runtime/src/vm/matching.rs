//! Runtime support for `match`: looking up mapping keys and class patterns' attributes.

use std::rc::Rc;

use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::TypeKind;
use crate::value::Value;

impl Interpreter {
    /// The values of `keys` in the mapping `subj`, as a tuple, or None if one is missing.
    #[inline(never)]
    pub(super) fn match_keys(&mut self, subj: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        let mut out = Vec::with_capacity(keys.len());
        for (i, k) in keys.items.iter().enumerate() {
            if keys.items[..i].iter().any(|prev| prev.is(k)) {
                let r = self.repr(k)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            let found = match subj {
                Value::Dict(d) => {
                    let key = self.key_in_dict(d, k.clone())?;
                    d.get(&key)
                }
                other => match self.get_item(other, k) {
                    Ok(v) => Some(v),
                    Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("KeyError") => None,
                    Err(e) => return Err(e),
                },
            };
            match found {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }

    /// The attributes a class pattern matches against, or None when `subj` does not match.
    #[inline(never)]
    pub(super) fn match_class(
        &mut self,
        subj: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Type(cls) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.type_of(subj).is_subtype(cls) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            // int(x), str(x) and the like match the subject itself.
            let self_matching = !cls.is_class
                && matches!(
                    cls.kind,
                    TypeKind::Bool
                        | TypeKind::Bytes
                        | TypeKind::Dict
                        | TypeKind::Float
                        | TypeKind::FrozenSet
                        | TypeKind::Int
                        | TypeKind::List
                        | TypeKind::Set
                        | TypeKind::Str
                        | TypeKind::Tuple
                );
            if self_matching {
                if npos > 1 {
                    let name = cls.name.clone();
                    return Err(self.type_error(format!(
                        "{name}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                out.push(subj.clone());
            } else {
                let match_args = match cls.lookup("__match_args__") {
                    Some(Value::Tuple(t)) => t.items.to_vec(),
                    Some(_) => return Err(self.type_error("__match_args__ must be a tuple")),
                    None => Vec::new(),
                };
                if npos > match_args.len() {
                    let name = cls.name.clone();
                    let n = match_args.len();
                    let s = if n == 1 { "" } else { "s" };
                    return Err(self.type_error(format!(
                        "{name}() accepts {n} positional sub-pattern{s} ({npos} given)"
                    )));
                }
                for a in &match_args[..npos] {
                    let Value::Str(name) = a else {
                        return Err(self.type_error("__match_args__ elements must be strings"));
                    };
                    match self.get_attr_opt(subj, name.as_str())? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(kw) = names {
            for k in kw.items.iter() {
                let Value::Str(name) = k else { continue };
                match self.get_attr_opt(subj, name.as_str())? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        let _ = Rc::clone(cls);
        Ok(Value::tuple(out))
    }
}
