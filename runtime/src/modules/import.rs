//! The import system, following importlib's `_bootstrap`: resolving relative names against the
//! importing module's package, loading each parent package first, executing a module's source
//! once per interpreter into `sys.modules`, and the `from m import x` and `import *` steps.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::interp::{Interpreter, PyErr, PyResult};
use crate::object::{Dict, DictKey};
use crate::share::{Request, Shareable};
use crate::value::Value;

/// Where a module's code comes from.
enum Source {
    /// Python source: shipped in the runtime or added by the embedder.
    Python(Rc<str>, bool),
    /// A module built in Rust, created on first import.
    Rust(Value),
}

impl Interpreter {
    /// The `IMPORT_NAME` step: `__import__(name, globals, None, fromlist, level)` with the
    /// globals of frame `fi`.
    pub(crate) fn import_name(
        &mut self,
        fi: usize,
        name: &str,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let globals = self.frames.get(fi).map(|f| f.globals.clone());
        let level = match level {
            Value::Int(l) => *l,
            _ => 0,
        };
        let fromlist = match fromlist {
            Value::None => Vec::new(),
            Value::Tuple(t) => t.items.to_vec(),
            other => self.collect_iterable(other)?,
        };
        self.import_with(name, globals.as_ref(), &fromlist, level)
    }

    /// `__import__`: the module named `name`, relative to the package of `globals` when
    /// `level` is positive. Returns the top-level package for `import a.b`, and the module
    /// itself when `fromlist` names something to take from it.
    pub(crate) fn import_with(
        &mut self,
        name: &str,
        globals: Option<&Rc<Dict>>,
        fromlist: &[Value],
        level: i64,
    ) -> PyResult<Value> {
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let absolute = if level > 0 {
            let package = self.calc_package(globals)?;
            self.resolve_name(name, &package, level as usize)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_owned()
        };
        let module = self.find_and_load(&absolute)?;
        if fromlist.is_empty() {
            if level == 0 {
                let top = name.split('.').next().unwrap_or(name);
                return self.find_and_load(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            // `from .a.b import` with an empty fromlist: the module `level` dots up plus `a`.
            let cut = name.len() - name.split('.').next().unwrap_or(name).len();
            let keep = absolute.len() - cut;
            return self.find_and_load(&absolute[..keep]);
        }
        self.handle_fromlist(&module, &absolute, fromlist)?;
        Ok(module)
    }

    /// The package a relative import starts from: `__package__`, else derived from
    /// `__name__` (a package is its own parent).
    fn calc_package(&mut self, globals: Option<&Rc<Dict>>) -> PyResult<String> {
        let Some(g) = globals else {
            return Ok(String::new());
        };
        match g.get_str("__package__") {
            Some(Value::Str(s)) => return Ok(s.as_str().to_owned()),
            Some(Value::None) | None => {}
            Some(_) => return Err(self.type_error("package must be a string")),
        }
        let name = match g.get_str("__name__") {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => return Err(self.err("KeyError", "'__name__' not in globals")),
        };
        if g.get_str("__path__").is_some() {
            return Ok(name);
        }
        Ok(name
            .rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_owned()))
    }

    fn resolve_name(&mut self, name: &str, package: &str, level: usize) -> PyResult<String> {
        if package.is_empty() {
            return Err(self.err(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.err(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        let base = bits.last().copied().unwrap_or(package);
        Ok(if name.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{name}")
        })
    }

    /// `import name` by its absolute name: from `sys.modules`, or found and executed now.
    pub(crate) fn find_and_load(&mut self, name: &str) -> PyResult<Value> {
        match self.modules.get_str(name) {
            Some(Value::None) => {
                let msg = format!("import of {name} halted; None in sys.modules");
                return Err(self.module_not_found(msg, name));
            }
            Some(m) => return Ok(m),
            None => {}
        }
        let mut parent_module = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            let p = self.find_and_load(parent)?;
            // Importing the parent may have imported this module too.
            if let Some(m) = self.modules.get_str(name) {
                return Ok(m);
            }
            if self.get_attr_opt(&p, "__path__")?.is_none() {
                let msg = format!("No module named '{name}'; '{parent}' is not a package");
                return Err(self.module_not_found(msg, name));
            }
            parent_module = Some(p);
        }
        let module = match self.find_source(name)? {
            Some(Source::Rust(m)) => {
                self.modules.set_str(name, m.clone());
                m
            }
            Some(Source::Python(source, is_package)) => {
                self.exec_module_source(name, &source, is_package)?
            }
            None => {
                let top = name.split('.').next().unwrap_or(name);
                if super::REFUSED.contains(&top) {
                    let e = self.err(
                        "ImportError",
                        format!("module '{top}' is not available in the isola sandbox"),
                    );
                    if let PyErr::Exception(exc) = &e {
                        exc.dict.set_str("name", Value::str(top));
                    }
                    return Err(e);
                }
                return Err(self.module_not_found(format!("No module named '{name}'"), name));
            }
        };
        if let (Some(Value::Instance(p)), Some((_, child))) = (parent_module, name.rsplit_once('.'))
        {
            p.dict.set_str(child, module.clone());
        }
        Ok(module)
    }

    fn module_not_found(&mut self, msg: String, name: &str) -> PyErr {
        let e = self.err("ModuleNotFoundError", msg);
        if let PyErr::Exception(exc) = &e {
            exc.dict.set_str("name", Value::str(name));
        }
        e
    }

    /// Whether `name` is a module written in Rust.
    pub(crate) fn is_rust_module(&mut self, name: &str) -> bool {
        !self.module_sources.contains_key(name)
            && matches!(self.create_builtin_module(name), Ok(Some(_)))
    }

    /// Whether a module compiled from source (the embedder's or the runtime's) has this name:
    /// Some(is a package), or None.
    pub(crate) fn python_module_source(&self, name: &str) -> Option<bool> {
        if let Some((_, pkg)) = self.module_sources.get(name) {
            return Some(*pkg);
        }
        super::stdlib::find(name).map(|(_, pkg)| pkg)
    }

    /// The embedder's source first (so it may replace a shipped module), then the modules
    /// built in Rust, then the Python standard library shipped in the runtime.
    fn find_source(&mut self, name: &str) -> PyResult<Option<Source>> {
        if let Some((src, pkg)) = self.module_sources.get(name) {
            return Ok(Some(Source::Python(src.clone(), *pkg)));
        }
        if let Some(m) = self.create_builtin_module(name)? {
            return Ok(Some(Source::Rust(m)));
        }
        Ok(super::stdlib::find(name).map(|(src, pkg)| Source::Python(src.into(), pkg)))
    }

    /// Creates the module, enters it in `sys.modules` (so that a circular import sees it
    /// partially initialised, as in CPython) and runs its code; a failure removes it again.
    fn exec_module_source(
        &mut self,
        name: &str,
        source: &str,
        is_package: bool,
    ) -> PyResult<Value> {
        let (module, inst) = self.new_module(name);
        let d = &inst.dict;
        let package = if is_package {
            d.set_str(
                "__path__",
                Value::List(Rc::new(crate::object::List::new(Vec::new()))),
            );
            name.to_owned()
        } else {
            name.rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_owned())
        };
        d.set_str("__package__", Value::from_string(package));
        d.set_str("__loader__", Value::None);
        d.set_str("__spec__", Value::None);
        self.modules.set_str(name, module.clone());
        let filename = frozen_filename(name);
        // The module's "file" is the name its tracebacks give: there is no file in the
        // interpreter's file system behind it, but code that derives paths from `__file__`
        // (CPython's test.support does at import) gets a string to work with.
        d.set_str("__file__", Value::str(&filename));
        let result = match self.shared_code(name, source, &filename) {
            Some(code) => Ok(code),
            None => self.compile_source(source, &filename),
        }
        .and_then(|code| self.run_code(code, inst.dict.clone(), None));
        if let Err(e) = result {
            self.modules.remove(&DictKey::from_str(name));
            return Err(e);
        }
        // A module may replace itself in sys.modules while it runs.
        Ok(self.modules.get_str(name).unwrap_or(module))
    }

    /// The code of a shipped module as the host compiled it once for every interpreter of the
    /// runtime (see `code_bytes.rs`), if the host has it and it was compiled from this very
    /// source; `None` sends the importer to the compiler.
    fn shared_code(&mut self, name: &str, source: &str, filename: &str) -> Option<Rc<Code>> {
        if self.module_sources.contains_key(name) || super::stdlib::find(name).is_none() {
            return None;
        }
        match self
            .host
            .interpreters(Request::CompiledModule(name.to_owned()))
        {
            Ok(Shareable::Bytes(bytes)) => crate::code_bytes::decode(&bytes, filename, source),
            _ => None,
        }
    }

    /// Imports the submodules that `from package import a, b` names and the package lacks.
    fn handle_fromlist(&mut self, module: &Value, name: &str, fromlist: &[Value]) -> PyResult<()> {
        if self.get_attr_opt(module, "__path__")?.is_none() {
            return Ok(());
        }
        for x in fromlist {
            let Some(attr) = x.as_str() else {
                let tn = self.type_name(x);
                return Err(
                    self.type_error(format!("Item in {name}.__all__ must be str, not {tn}"))
                );
            };
            if attr == "*" {
                if let Some(all) = self.get_attr_opt(module, "__all__")? {
                    let names = self.collect_iterable(&all)?;
                    let names: Vec<Value> = names
                        .into_iter()
                        .filter(|n| n.as_str() != Some("*"))
                        .collect();
                    self.handle_fromlist(module, name, &names)?;
                }
                continue;
            }
            if self.get_attr_opt(module, attr)?.is_some() {
                continue;
            }
            let sub = format!("{name}.{attr}");
            if let Err(e) = self.find_and_load(&sub) {
                // A missing submodule is not an error here: IMPORT_FROM reports it.
                if let PyErr::Exception(exc) = &e {
                    let missing = exc.ty.name.as_ref() == "ModuleNotFoundError"
                        && exc
                            .dict
                            .get_str("name")
                            .and_then(|n| n.as_str().map(str::to_owned))
                            == Some(sub.clone());
                    if missing {
                        continue;
                    }
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// `from module import name`: the attribute, else the submodule from `sys.modules`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let pkgname = self
            .get_attr_opt(module, "__name__")?
            .and_then(|n| n.as_str().map(str::to_owned));
        if let Some(p) = &pkgname {
            if let Some(m) = self.modules.get_str(&format!("{p}.{name}")) {
                return Ok(m);
            }
        }
        // A module's own `__getattr__` (PEP 562); its AttributeError becomes the ImportError.
        if let Value::Instance(i) = module {
            if let Some(ga) = i.dict.get_str("__getattr__") {
                match self.call1(&ga, Value::str(name)) {
                    Ok(v) => return Ok(v),
                    Err(PyErr::Exception(e)) if e.ty.is_builtin_subtype("AttributeError") => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let pkg = pkgname.unwrap_or_else(|| "<unknown module name>".to_owned());
        let location = match self.get_attr_opt(module, "__file__")? {
            Some(Value::Str(f)) => f.as_str().to_owned(),
            _ => "unknown location".to_owned(),
        };
        let e = self.err(
            "ImportError",
            format!("cannot import name '{name}' from '{pkg}' ({location})"),
        );
        if let PyErr::Exception(exc) = &e {
            exc.dict.set_str("name", Value::from_string(pkg));
        }
        Err(e)
    }

    /// `from module import *` into the namespace of frame `fi`.
    #[inline(never)]
    pub(crate) fn import_star(&mut self, fi: usize, module: &Value) -> PyResult<()> {
        let (names, public_only) = match self.get_attr_opt(module, "__all__")? {
            Some(all) => (self.collect_iterable(&all)?, false),
            None => match self.get_attr_opt(module, "__dict__")? {
                Some(Value::Dict(d)) => (d.keys(), true),
                _ => {
                    return Err(self.err(
                        "ImportError",
                        "from-import-* object has no __dict__ and no __all__",
                    ))
                }
            },
        };
        let Some(frame) = self.frames.get(fi) else {
            return Ok(());
        };
        let ns = frame
            .namespace
            .clone()
            .unwrap_or_else(|| frame.globals.clone());
        for n in names {
            let Some(s) = n.as_str().map(str::to_owned) else {
                let tn = self.type_name(&n);
                let m = self
                    .get_attr_opt(module, "__name__")?
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let what = if public_only { "Key in" } else { "Item in" };
                let field = if public_only { "__dict__" } else { "__all__" };
                return Err(self.type_error(format!("{what} {m}.{field} must be str, not {tn}")));
            };
            if public_only && s.starts_with('_') {
                continue;
            }
            let v = self.get_attr(module, &s)?;
            ns.set_str(&s, v);
        }
        Ok(())
    }
}

/// The name a shipped module's code and tracebacks give as its file.
pub(crate) fn frozen_filename(name: &str) -> String {
    format!("<frozen {name}>")
}
