//! `_abc`: the accelerator under CPython's abc.py. Each abstract base class keeps its state in
//! `_abc_impl`, an `_abc._abc_data` object holding its registry, its cache of known
//! subclasses, and its negative cache with the token it was filled under; `register` bumps the
//! interpreter's token, which makes every negative cache stale. The sets hold the classes
//! themselves (CPython's hold weak references), so a class once checked against an ABC lives
//! as long as the ABC.

use std::rc::Rc;

use crate::builtins::{add_function, check_count};
use crate::interp::{new_type, Interpreter, PyResult};
use crate::object::{Args, Dict, DictKey, Instance, Set, TypeKind};
use crate::value::Value;

pub(super) fn create(interp: &mut Interpreter) -> Value {
    let (module, m) = interp.new_module("_abc");
    let data = new_type("_abc_data", TypeKind::Object, Some(&interp.types.object));
    *data.module.borrow_mut() = "_abc".into();
    let d = &m.dict;
    d.set_str("_abc_data", Value::Type(data));
    add_function(d, "get_cache_token", get_cache_token);
    add_function(d, "_abc_init", abc_init);
    add_function(d, "_abc_register", abc_register);
    add_function(d, "_abc_instancecheck", abc_instancecheck);
    add_function(d, "_abc_subclasscheck", abc_subclasscheck);
    add_function(d, "_get_dump", get_dump);
    add_function(d, "_reset_registry", reset_registry);
    add_function(d, "_reset_caches", reset_caches);
    module
}

/// One ABC's state, read from its `_abc_impl`.
struct Data {
    obj: Rc<Instance>,
    registry: Rc<Set>,
    cache: Rc<Set>,
    negative: Rc<Set>,
    negative_version: i64,
}

const REGISTRY: &str = "registry";
const CACHE: &str = "cache";
const NEGATIVE: &str = "negative_cache";
const NEGATIVE_VERSION: &str = "negative_cache_version";

fn set_of(obj: &Instance, key: &str) -> Rc<Set> {
    match obj.dict.get_str(key) {
        Some(Value::Set(s)) => s,
        _ => {
            let s = Rc::new(Set::new());
            obj.dict.set_str(key, Value::Set(s.clone()));
            s
        }
    }
}

fn data(interp: &mut Interpreter, cls: &Value) -> PyResult<Data> {
    let impl_ = interp.get_attr(cls, "_abc_impl")?;
    match &impl_ {
        Value::Instance(i) if &*i.class.name == "_abc_data" && !i.class.is_class => Ok(Data {
            registry: set_of(i, REGISTRY),
            cache: set_of(i, CACHE),
            negative: set_of(i, NEGATIVE),
            negative_version: match i.dict.get_str(NEGATIVE_VERSION) {
                Some(Value::Int(n)) => n,
                _ => 0,
            },
            obj: i.clone(),
        }),
        _ => Err(interp.type_error("_abc_impl is set to a wrong type")),
    }
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or(Value::None)
}

fn key(interp: &mut Interpreter, v: &Value) -> PyResult<DictKey> {
    Ok(DictKey {
        hash: interp.hash_value(v)?,
        value: v.clone(),
    })
}

fn get_cache_token(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "get_cache_token", &args, 0, 0)?;
    Ok(Value::Int(interp.abc_token))
}

/// Whether `value` is declared abstract (`__isabstractmethod__` true).
fn is_abstract(interp: &mut Interpreter, value: &Value) -> PyResult<bool> {
    match interp.get_attr_opt(value, "__isabstractmethod__")? {
        Some(v) => interp.truthy(&v),
        None => Ok(false),
    }
}

/// `_abc_init(cls)`: computes `__abstractmethods__` (the abstract names of the class's own
/// namespace and those of its bases not overridden concretely) and gives the class its state.
fn abc_init(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_abc_init", &args, 1, 1)?;
    let cls = arg(&args, 0);
    let abstracts = Rc::new(Set::new());
    if let Value::Type(t) = &cls {
        let own: Vec<(Value, Value)> = t
            .dict
            .raw()
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect();
        for (name, value) in own {
            if is_abstract(interp, &value)? {
                abstracts.insert(key(interp, &name)?);
            }
        }
    }
    let bases = interp.get_attr(&cls, "__bases__")?;
    let Value::Tuple(bases) = bases else {
        return Err(interp.type_error("__bases__ is not tuple"));
    };
    for base in bases.items.iter() {
        let Some(names) = interp.get_attr_opt(base, "__abstractmethods__")? else {
            continue;
        };
        for name in interp.collect_iterable(&names)? {
            let Some(n) = name.as_str().map(str::to_owned) else {
                continue;
            };
            if let Some(value) = interp.get_attr_opt(&cls, &n)? {
                if is_abstract(interp, &value)? {
                    abstracts.insert(key(interp, &name)?);
                }
            }
        }
    }
    interp.set_attr(&cls, "__abstractmethods__", Value::FrozenSet(abstracts))?;
    let data_type = match interp.import_with("_abc", None, &[], 0)? {
        Value::Instance(m) => m.dict.get_str("_abc_data"),
        _ => None,
    };
    let Some(Value::Type(data_type)) = data_type else {
        return Err(interp.type_error("_abc._abc_data is missing"));
    };
    let d = Dict::new();
    d.set_str(REGISTRY, Value::Set(Rc::new(Set::new())));
    d.set_str(CACHE, Value::Set(Rc::new(Set::new())));
    d.set_str(NEGATIVE, Value::Set(Rc::new(Set::new())));
    d.set_str(NEGATIVE_VERSION, Value::Int(interp.abc_token));
    let data = Value::Instance(Rc::new(Instance::new(data_type, Rc::new(d), None)));
    if let Value::Type(t) = &cls {
        // The collections ABCs declare how `match` treats their registered classes; isola's
        // `match` asks isinstance instead, so the declaration is only taken away, as CPython's
        // is.
        t.dict.raw().remove(&DictKey::from_str("__abc_tpflags__"));
        t.dict.set_str("_abc_impl", data);
    } else {
        interp.set_attr(&cls, "_abc_impl", data)?;
    }
    Ok(Value::None)
}

/// Whether `sub` is a subclass of `of` by the whole protocol (`__subclasscheck__` included).
fn is_subclass(interp: &mut Interpreter, sub: &Value, of: &Value) -> PyResult<bool> {
    let Value::Type(t) = sub else {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    };
    let t = t.clone();
    crate::builtins::functions::class_check(interp, sub, &t, of, "issubclass")
}

fn abc_register(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_abc_register", &args, 2, 2)?;
    let (cls, subclass) = (arg(&args, 0), arg(&args, 1));
    if !matches!(subclass, Value::Type(_)) {
        return Err(interp.type_error("Can only register classes"));
    }
    if is_subclass(interp, &subclass, &cls)? {
        return Ok(subclass);
    }
    if is_subclass(interp, &cls, &subclass)? {
        return Err(interp.err("RuntimeError", "Refusing to create an inheritance cycle"));
    }
    let data = data(interp, &cls)?;
    data.registry.insert(key(interp, &subclass)?);
    interp.abc_token += 1;
    Ok(subclass)
}

fn contains(interp: &mut Interpreter, set: &Set, v: &Value) -> PyResult<bool> {
    Ok(set.contains(&key(interp, v)?))
}

fn call_method(interp: &mut Interpreter, obj: &Value, name: &str, arg: Value) -> PyResult<Value> {
    let m = interp.get_attr(obj, name)?;
    interp.call1(&m, arg)
}

fn abc_instancecheck(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_abc_instancecheck", &args, 2, 2)?;
    let (cls, instance) = (arg(&args, 0), arg(&args, 1));
    let data = data(interp, &cls)?;
    let subclass = interp.get_attr(&instance, "__class__")?;
    if contains(interp, &data.cache, &subclass)? {
        return Ok(Value::Bool(true));
    }
    let subtype = Value::Type(interp.type_of(&instance));
    if subtype.is(&subclass) {
        if data.negative_version == interp.abc_token && contains(interp, &data.negative, &subclass)?
        {
            return Ok(Value::Bool(false));
        }
        return call_method(interp, &cls, "__subclasscheck__", subclass);
    }
    let r = call_method(interp, &cls, "__subclasscheck__", subclass)?;
    if interp.truthy(&r)? {
        return Ok(r);
    }
    call_method(interp, &cls, "__subclasscheck__", subtype)
}

fn abc_subclasscheck(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_abc_subclasscheck", &args, 2, 2)?;
    let (cls, subclass) = (arg(&args, 0), arg(&args, 1));
    let Value::Type(sub) = &subclass else {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    };
    let sub = sub.clone();
    let data = data(interp, &cls)?;
    let k = key(interp, &subclass)?;
    // 1. A subclass seen before.
    if data.cache.contains(&k) {
        return Ok(Value::Bool(true));
    }
    // 2. A class known not to be one, unless a registration has happened since.
    if data.negative_version < interp.abc_token {
        data.negative.borrow_mut().clear();
        data.obj
            .dict
            .set_str(NEGATIVE_VERSION, Value::Int(interp.abc_token));
    } else if data.negative.contains(&k) {
        return Ok(Value::Bool(false));
    }
    // 3. The class's own hook.
    let ok = call_method(interp, &cls, "__subclasshook__", subclass.clone())?;
    if !matches!(ok, Value::NotImplemented) {
        let Value::Bool(b) = ok else {
            return Err(interp.err(
                "AssertionError",
                "__subclasshook__ must return either False, True, or NotImplemented",
            ));
        };
        if b { &data.cache } else { &data.negative }.insert(k);
        return Ok(ok);
    }
    let found = |data: &Data, k: DictKey| {
        data.cache.insert(k);
        Ok(Value::Bool(true))
    };
    // 4. A direct subclass.
    if let Value::Type(c) = &cls {
        if sub.mro.iter().any(|t| Rc::ptr_eq(t, c)) || Rc::ptr_eq(&sub, c) {
            return found(&data, k);
        }
    }
    // 5. A subclass of a registered class.
    let registered: Vec<Value> = data
        .registry
        .borrow()
        .keys()
        .map(|k| k.value.clone())
        .collect();
    for r in registered {
        if is_subclass(interp, &subclass, &r)? {
            return found(&data, k);
        }
    }
    // 6. A subclass of a subclass (which may be an ABC with registrations of its own).
    let subclasses = interp.get_attr(&cls, "__subclasses__")?;
    let subclasses = interp.call_value(&subclasses, Args::positional(Vec::new()))?;
    for s in interp.collect_iterable(&subclasses)? {
        if is_subclass(interp, &subclass, &s)? {
            return found(&data, k);
        }
    }
    // 7. Not a subclass.
    data.negative.insert(k);
    Ok(Value::Bool(false))
}

fn get_dump(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_get_dump", &args, 1, 1)?;
    let data = data(interp, &arg(&args, 0))?;
    // As CPython's: sets of weak references to the classes.
    let weakref = interp.import_with("_weakref", None, &[], 0)?;
    let ref_ = interp.get_attr(&weakref, "ref")?;
    let mut sets = Vec::new();
    for s in [&data.registry, &data.cache, &data.negative] {
        let classes: Vec<Value> = s.borrow().keys().map(|k| k.value.clone()).collect();
        let out = Set::new();
        for c in classes {
            let r = interp.call1(&ref_, c)?;
            out.insert(key(interp, &r)?);
        }
        sets.push(Value::Set(Rc::new(out)));
    }
    sets.push(Value::Int(data.negative_version));
    Ok(Value::tuple(sets))
}

fn reset_registry(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_reset_registry", &args, 1, 1)?;
    data(interp, &arg(&args, 0))?.registry.borrow_mut().clear();
    Ok(Value::None)
}

fn reset_caches(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    check_count(interp, "_reset_caches", &args, 1, 1)?;
    let data = data(interp, &arg(&args, 0))?;
    data.cache.borrow_mut().clear();
    data.negative.borrow_mut().clear();
    Ok(Value::None)
}
