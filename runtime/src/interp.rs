//! `Interpreter`: the one value that owns all state of a Python interpreter (heap objects,
//! types, builtins, modules, frames, limits and the host), and the `exec` entry point.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::api::{ExecError, Host, LimitKind, Limits, Stream};
use crate::bytecode::Code;
use crate::object::{Dict, ExceptionObject, Type, TypeCache, TypeDict, TypeKind};
use crate::value::Value;
use crate::vm::Frame;

/// An error travelling up the Rust call stack: a Python exception, or a limit that Python code
/// cannot catch.
#[derive(Clone, Debug)]
pub enum PyErr {
    Exception(Rc<ExceptionObject>),
    Limit(LimitKind, String),
}

pub type PyResult<T> = Result<T, PyErr>;

/// The built-in types of one interpreter. Each interpreter has its own: `int.x = 1` is not
/// allowed, but nothing here is shared across interpreters either way.
pub struct Types {
    pub object: Rc<Type>,
    pub type_: Rc<Type>,
    pub none: Rc<Type>,
    pub not_implemented: Rc<Type>,
    pub ellipsis: Rc<Type>,
    pub bool_: Rc<Type>,
    pub int: Rc<Type>,
    pub float: Rc<Type>,
    pub complex: Rc<Type>,
    pub str_: Rc<Type>,
    pub bytes: Rc<Type>,
    pub list: Rc<Type>,
    pub tuple: Rc<Type>,
    pub dict: Rc<Type>,
    pub set: Rc<Type>,
    pub frozenset: Rc<Type>,
    pub range: Rc<Type>,
    pub slice: Rc<Type>,
    pub function: Rc<Type>,
    pub builtin_function: Rc<Type>,
    pub method: Rc<Type>,
    pub generator: Rc<Type>,
    pub cell: Rc<Type>,
    pub code: Rc<Type>,
    pub module: Rc<Type>,
    pub property: Rc<Type>,
    pub staticmethod: Rc<Type>,
    pub classmethod: Rc<Type>,
    pub super_: Rc<Type>,
    pub base_exception: Rc<Type>,
    /// The built-in exception types below BaseException, in `EXCEPTIONS` order, each created
    /// on first use.
    exceptions: RefCell<Vec<Option<Rc<Type>>>>,
    /// Types of internal objects (iterators, views) by name, created on first use.
    pub internal: std::cell::RefCell<HashMap<&'static str, Rc<Type>>>,
}

pub(crate) fn new_type(name: &str, kind: TypeKind, base: Option<&Rc<Type>>) -> Rc<Type> {
    let mut mro = Vec::new();
    let mut bases = Vec::new();
    if let Some(b) = base {
        mro.push(b.clone());
        mro.extend(b.mro.iter().cloned());
        bases.push(b.clone());
    }
    // Every type of an interpreter shares the epoch of its `object`.
    let epoch = match base {
        Some(b) => b.cache.epoch().clone(),
        None => Rc::new(std::cell::Cell::new(0)),
    };
    let t = Rc::new(Type {
        name: name.into(),
        kind,
        bases,
        mro,
        dict: TypeDict::new(Dict::new(), &epoch),
        cache: TypeCache::new(&epoch),
        is_class: false,
        module: std::cell::RefCell::new("builtins".into()),
        qualname: std::cell::RefCell::new(None),
        metaclass: std::cell::RefCell::new(None),
        finalizers: None,
        has_del: std::cell::Cell::new(false),
        dict_hint: std::cell::Cell::new(0),
        dunders: std::cell::RefCell::new(Vec::new()),
        subclasses: std::cell::RefCell::new(Vec::new()),
    });
    if let Some(b) = base {
        b.subclasses.borrow_mut().push(Rc::downgrade(&t));
    }
    t
}

/// The built-in exception hierarchy of CPython 3.11, parents before children.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// The names of the built-in exception types.
pub(crate) fn exception_names() -> impl Iterator<Item = &'static str> {
    std::iter::once("BaseException").chain(EXCEPTIONS.iter().map(|(n, _)| *n))
}

impl Types {
    /// Calls `visit` with every built-in type (roots of the heap walk).
    pub(crate) fn trace(&self, visit: crate::heap::Visit) {
        let wrap = |t: &Rc<Type>, visit: &mut dyn FnMut(&Value)| visit(&Value::Type(t.clone()));
        for t in self.with_methods() {
            wrap(t, visit);
        }
        wrap(&self.cell, visit);
        wrap(&self.code, visit);
        if let Ok(exceptions) = self.exceptions.try_borrow() {
            exceptions.iter().flatten().for_each(|t| wrap(t, visit));
        }
        if let Ok(internal) = self.internal.try_borrow() {
            internal.values().for_each(|t| wrap(t, visit));
        }
    }

    /// The built-in types, with their method tables left to fill on first use.
    fn new_rc() -> Rc<Types> {
        Rc::new_cyclic(|owner| {
            let types = Types::new();
            for ty in types.with_methods() {
                ty.dict.arm(owner);
            }
            types
        })
    }

    /// The built-in types that have method tables of their own.
    fn with_methods(&self) -> [&Rc<Type>; 28] {
        [
            &self.object,
            &self.type_,
            &self.none,
            &self.not_implemented,
            &self.ellipsis,
            &self.bool_,
            &self.int,
            &self.float,
            &self.complex,
            &self.str_,
            &self.bytes,
            &self.list,
            &self.tuple,
            &self.dict,
            &self.set,
            &self.frozenset,
            &self.range,
            &self.slice,
            &self.function,
            &self.builtin_function,
            &self.method,
            &self.generator,
            &self.module,
            &self.property,
            &self.staticmethod,
            &self.classmethod,
            &self.super_,
            &self.base_exception,
        ]
    }

    /// The built-in exception type `name` (BaseException or below), created on first use.
    pub(crate) fn exception(&self, name: &str) -> Option<Rc<Type>> {
        if name == "BaseException" {
            return Some(self.base_exception.clone());
        }
        let i = EXCEPTIONS.iter().position(|(n, _)| *n == name)?;
        if let Some(Some(ty)) = self.exceptions.borrow().get(i) {
            return Some(ty.clone());
        }
        let (name, parent) = EXCEPTIONS[i];
        let parent = self.exception(parent)?;
        // ExceptionGroup is also an Exception (PEP 654), the one built-in exception with two
        // bases; BaseExceptionGroup has methods of its own.
        let ty = if name == "ExceptionGroup" {
            let exception = self.exception("Exception")?;
            let epoch = parent.cache.epoch().clone();
            Rc::new(Type {
                name: name.into(),
                kind: TypeKind::BaseException,
                bases: vec![parent.clone(), exception.clone()],
                mro: [parent.clone(), exception.clone()]
                    .into_iter()
                    .chain(exception.mro.iter().cloned())
                    .collect(),
                dict: TypeDict::new(Dict::new(), &epoch),
                cache: TypeCache::new(&epoch),
                is_class: false,
                module: RefCell::new("builtins".into()),
                qualname: RefCell::new(None),
                metaclass: RefCell::new(None),
                finalizers: None,
                has_del: std::cell::Cell::new(false),
                dict_hint: std::cell::Cell::new(0),
                dunders: RefCell::new(Vec::new()),
                subclasses: RefCell::new(Vec::new()),
            })
        } else {
            new_type(name, TypeKind::BaseException, Some(&parent))
        };
        if name == "BaseExceptionGroup" {
            crate::ops::exception_group::install_group_methods(&ty);
        }
        if let Some(slot) = self.exceptions.borrow_mut().get_mut(i) {
            *slot = Some(ty.clone());
        }
        Some(ty)
    }

    /// Fills the method tables of every built-in type, once, on the first access to any.
    pub(crate) fn fill_method_tables(&self) {
        for ty in self.with_methods() {
            ty.dict.disarm();
        }
        crate::builtins::install_methods(self);
    }

    fn new() -> Types {
        let object = new_type("object", TypeKind::Object, None);
        let t = |name: &str, kind| new_type(name, kind, Some(&object));
        let int = t("int", TypeKind::Int);
        let base_exception = t("BaseException", TypeKind::BaseException);
        let exceptions = RefCell::new(vec![None; EXCEPTIONS.len()]);
        Types {
            type_: t("type", TypeKind::Type),
            none: t("NoneType", TypeKind::NoneType),
            not_implemented: t("NotImplementedType", TypeKind::NotImplementedType),
            ellipsis: t("ellipsis", TypeKind::Ellipsis),
            bool_: new_type("bool", TypeKind::Bool, Some(&int)),
            float: t("float", TypeKind::Float),
            complex: t("complex", TypeKind::Complex),
            str_: t("str", TypeKind::Str),
            bytes: t("bytes", TypeKind::Bytes),
            list: t("list", TypeKind::List),
            tuple: t("tuple", TypeKind::Tuple),
            dict: t("dict", TypeKind::Dict),
            set: t("set", TypeKind::Set),
            frozenset: t("frozenset", TypeKind::FrozenSet),
            range: t("range", TypeKind::Range),
            slice: t("slice", TypeKind::Slice),
            function: t("function", TypeKind::Function),
            builtin_function: t("builtin_function_or_method", TypeKind::BuiltinFunction),
            method: t("method", TypeKind::Method),
            generator: t("generator", TypeKind::Other),
            cell: t("cell", TypeKind::Cell),
            code: t("code", TypeKind::Code),
            module: t("module", TypeKind::Other),
            property: t("property", TypeKind::Other),
            staticmethod: t("staticmethod", TypeKind::Other),
            classmethod: t("classmethod", TypeKind::Other),
            super_: t("super", TypeKind::Other),
            int,
            base_exception,
            exceptions,
            object,
            internal: Default::default(),
        }
    }
}

/// A running Python interpreter. It owns everything it uses; two interpreters share nothing.
///
/// `Interpreter` is `Send` so that a host can move it to the thread that runs it, and not
/// `Sync`: one thread at a time drives it.
pub struct Interpreter {
    pub(crate) host: Box<dyn Host + Send>,
    pub(crate) limits: Limits,
    pub(crate) types: Rc<Types>,
    /// Bumped by every change to any type namespace (shared with every type's `TypeCache`):
    /// the validity stamp of lookup and attribute caches.
    pub(crate) type_epoch: Rc<std::cell::Cell<u64>>,
    /// The builtins namespace: names are added on first lookup (see `builtins::lookup_builtin`).
    pub(crate) builtins: Rc<Dict>,
    /// True once every built-in name is in `builtins`.
    pub(crate) builtins_complete: std::cell::Cell<bool>,
    pub(crate) main_globals: Rc<Dict>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) stack: Vec<Value>,
    /// The green threads of `threading` (see `vm::threads`).
    pub(crate) threads: crate::vm::threads::Threads,
    /// Spare locals vectors of returned frames, reused by calls.
    pub(crate) locals_pool: Vec<Vec<Value>>,
    /// Spare handler-block vectors of returned frames (`Interpreter::push_block`).
    pub(crate) blocks_pool: Vec<Vec<crate::vm::Block>>,
    /// The exceptions being handled, innermost last (`sys.exc_info()`).
    pub(crate) handled: Vec<Value>,
    /// Instructions left before the next check of the instruction limit and deadline.
    pub(crate) fuel: i64,
    pub(crate) instructions: u64,
    pub(crate) output_bytes: u64,
    pub(crate) deadline_ns: Option<u64>,
    /// Nested run loops entered from Rust (a builtin calling back into Python).
    pub(crate) native_depth: u32,
    /// Levels of native recursion on user data (comparing, hashing nested containers), which
    /// count against the recursion limit with the frames, as in CPython.
    pub(crate) data_depth: u32,
    /// The cycle collector's registry and settings (see `gc.rs`).
    pub(crate) gc: crate::gc::Collector,
    /// Finalizers and weak reference callbacks waiting to run (see `object/finalize.rs`).
    pub(crate) finalizers: Rc<crate::object::finalize::Finalizers>,
    pub(crate) recursion_limit: u32,
    /// Bytes of heap charged by allocations that can be large (strings, containers).
    pub(crate) heap_bytes: u64,
    pub(crate) modules: Rc<Dict>,
    /// Python source of modules the embedder added: name -> (source, is a package).
    pub(crate) module_sources: HashMap<String, (Rc<str>, bool)>,
    /// Set by a re-raise so that unwinding adds no traceback entry for the current frame.
    pub(crate) reraising: bool,
    /// The frame of a generator that just yielded, for `gen_resume` to pick up.
    pub(crate) parked: Option<Box<crate::vm::Suspended>>,
    /// Allocations of resumed generators' frames, emptied when the frame went onto the frame
    /// stack, for the next yield to park its frame in (see `vm/generator.rs`).
    /// (Boxes in a vector on purpose: the allocations themselves are what is kept.)
    #[allow(clippy::vec_box)]
    pub(crate) frame_boxes: Vec<Box<std::mem::MaybeUninit<crate::vm::Suspended>>>,
    /// Emptied operand-stack vectors of resumed generators, for later yields to save into.
    pub(crate) saved_stacks: Vec<Vec<Value>>,
    /// The generators that `resume_through` is resuming through, outermost first, each with
    /// the length of `frames` when it was: their parked frames belong between `frames[n - 1]`
    /// and `frames[n]` in the chain that `sys._getframe` shows.
    pub(crate) delegations: Vec<(usize, Rc<RefCell<crate::vm::Generator>>)>,
    /// The keys of a frame snapshot's dict, made once (`vm/generator.rs` `frame_snapshot`).
    pub(crate) frame_keys: std::cell::OnceCell<Rc<[Rc<crate::object::Str>]>>,
    /// Containers whose repr is in progress, to print `[...]` for cycles.
    pub(crate) repr_stack: Vec<usize>,
    /// `sys.argv`.
    pub(crate) argv: Vec<String>,
    /// Standard input read from the host and not yet consumed (see `modules/stdin.rs`).
    pub(crate) stdin: crate::modules::stdin::Buffer,
    /// Compiled regular expressions and the last subject string (see `modules/re.rs`).
    pub(crate) regex_cache: crate::modules::re::Cache,
    /// `abc.get_cache_token()`: bumped by every `ABC.register` (see `modules/abc.rs`).
    pub(crate) abc_token: i64,
    /// Bytecodes executed, with the `stats` feature.
    #[cfg(feature = "stats")]
    pub(crate) bytecodes: u64,
}

// SAFETY: every `Rc` inside an `Interpreter` points to objects reachable only from this
// interpreter: no API hands an `Rc` (or a `Value`) out to other threads, and the host trait
// object is itself `Send`. Moving the whole interpreter to another thread therefore moves
// every reference count along with the objects it counts, and no two threads ever touch the
// same count.
unsafe impl Send for Interpreter {}

/// How many instructions run between checks of the deadline.
const FUEL_SLICE: i64 = 10_000;

impl Interpreter {
    pub fn new(limits: Limits, host: Box<dyn Host + Send>) -> Interpreter {
        let types = Types::new_rc();
        let type_epoch = types.object.cache.epoch().clone();
        let builtins = Rc::new(Dict::new());
        let main_globals = Rc::new(Dict::new());
        let recursion_limit = limits.max_recursion;
        let interp = Interpreter {
            host,
            limits,
            types,
            type_epoch,
            builtins,
            builtins_complete: std::cell::Cell::new(false),
            main_globals,
            frames: Vec::new(),
            stack: Vec::with_capacity(256),
            locals_pool: Vec::new(),
            blocks_pool: Vec::new(),
            threads: Default::default(),
            handled: Vec::new(),
            fuel: FUEL_SLICE,
            instructions: 0,
            output_bytes: 0,
            deadline_ns: None,
            native_depth: 0,
            data_depth: 0,
            gc: crate::gc::Collector::default(),
            finalizers: Rc::default(),
            recursion_limit,
            heap_bytes: 0,
            modules: Rc::new(Dict::new()),
            module_sources: HashMap::new(),
            reraising: false,
            parked: None,
            frame_boxes: Vec::new(),
            saved_stacks: Vec::new(),
            delegations: Vec::new(),
            frame_keys: std::cell::OnceCell::new(),
            repr_stack: Vec::new(),
            argv: Vec::new(),
            stdin: Default::default(),
            regex_cache: Default::default(),
            abc_token: 0,
            #[cfg(feature = "stats")]
            bytecodes: 0,
        };
        interp
            .main_globals
            .set_str("__name__", Value::str("__main__"));
        interp.main_globals.set_str("__doc__", Value::None);
        interp
    }

    /// How many bytecodes this interpreter has executed, when built with the `stats` feature
    /// (None without it).
    pub fn bytecodes_executed(&self) -> Option<u64> {
        #[cfg(feature = "stats")]
        return Some(self.bytecodes);
        #[cfg(not(feature = "stats"))]
        None
    }

    /// Sets `sys.argv` (the script name first).
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv;
    }

    /// Runs `source` as the `__main__` module; `filename` appears in tracebacks. Globals
    /// persist from one call to the next.
    pub fn exec(&mut self, source: &str, filename: &str) -> Result<(), ExecError> {
        self.exec_with(source, filename, false)
    }

    /// Runs one interactive statement in `__main__`, as CPython's REPL does (`compile(source,
    /// filename, 'single')`): each expression statement outside a function or class hands its
    /// value to `sys.displayhook`, which prints its repr and sets `builtins._`. More than one
    /// statement is a SyntaxError; see [`crate::syntax::check_interactive`] for deciding when
    /// the typed lines form one.
    pub fn exec_interactive(&mut self, source: &str, filename: &str) -> Result<(), ExecError> {
        self.exec_with(source, filename, true)
    }

    fn exec_with(
        &mut self,
        source: &str,
        filename: &str,
        interactive: bool,
    ) -> Result<(), ExecError> {
        // A program run from a file knows its name as `__file__`, as `python3 FILE` sets it
        // (doctest and warnings name the file from it); `<string>`-like names are no files.
        if !interactive
            && !filename.starts_with('<')
            && self.main_globals.get_str("__file__").is_none()
        {
            self.main_globals.set_str("__file__", Value::str(filename));
        }
        self.deadline_ns = self
            .limits
            .timeout_ns
            .map(|t| self.host.monotonic_ns().saturating_add(t));
        self.fuel = 0;
        let code = if interactive {
            self.compile_interactive(source, filename)
        } else {
            self.compile_source(source, filename)
        };
        let result = code.and_then(|code| {
            let globals = self.main_globals.clone();
            self.run_code(code, globals, None)?;
            self.run_finalizers()
        });
        self.frames.clear();
        self.stack.clear();
        self.handled.clear();
        self.reset_threads();
        self.native_depth = 0;
        self.data_depth = 0;
        match result {
            Ok(_) => Ok(()),
            Err(e) => Err(self.exec_error(e)),
        }
    }

    /// Parses and compiles a module; a syntax error becomes a Python SyntaxError.
    pub(crate) fn compile_source(&mut self, source: &str, filename: &str) -> PyResult<Rc<Code>> {
        self.compile_mode(source, filename, false, false)
    }

    /// Parses and compiles source for `exec` with a locals mapping apart from the globals.
    pub(crate) fn compile_exec_locals(
        &mut self,
        source: &str,
        filename: &str,
    ) -> PyResult<Rc<Code>> {
        self.compile_mode(source, filename, false, true)
    }

    /// Parses and compiles one interactive statement (`compile(..., 'single')`).
    pub(crate) fn compile_interactive(
        &mut self,
        source: &str,
        filename: &str,
    ) -> PyResult<Rc<Code>> {
        self.compile_mode(source, filename, true, false)
    }

    fn compile_mode(
        &mut self,
        source: &str,
        filename: &str,
        interactive: bool,
        module_locals: bool,
    ) -> PyResult<Rc<Code>> {
        let parsed = if interactive {
            crate::syntax::parse_interactive(source)
        } else {
            crate::syntax::parse_module(source)
        };
        let module = match parsed {
            Ok(m) => m,
            Err(e) => return Err(self.parse_error(&e, filename, source)),
        };
        let compiled = if interactive {
            crate::compile::compile_interactive(&module, filename, source.into())
        } else if module_locals {
            crate::compile::compile_exec_locals(&module, filename, source.into())
        } else {
            crate::compile::compile_module(&module, filename, source.into())
        };
        compiled.map_err(|e| {
            self.syntax_error(
                "SyntaxError",
                &e.msg,
                filename,
                source,
                e.span.line,
                e.span.col,
                e.span.end_col,
            )
        })
    }

    /// The SyntaxError (or IndentationError, TabError) for a parse error of `source`.
    pub(crate) fn parse_error(
        &mut self,
        e: &crate::syntax::SyntaxError,
        filename: &str,
        source: &str,
    ) -> PyErr {
        self.syntax_error(
            e.kind.type_name(),
            &e.msg,
            filename,
            source,
            e.line,
            e.col,
            e.end_col,
        )
    }

    #[allow(clippy::too_many_arguments)] // The fields of a SyntaxError.
    pub(crate) fn syntax_error(
        &mut self,
        type_name: &str,
        msg: &str,
        filename: &str,
        source: &str,
        line: u32,
        col: u32,
        end_col: u32,
    ) -> PyErr {
        let exc = self.new_exception(type_name, vec![Value::str(msg)]);
        if let PyErr::Exception(e) = &exc {
            let text = source
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .unwrap_or("")
                .to_owned();
            e.dict.set_str("msg", Value::str(msg));
            e.dict.set_str("filename", Value::str(filename));
            e.dict.set_str("lineno", Value::Int(line as i64));
            e.dict.set_str("offset", Value::Int(col as i64 + 1));
            e.dict.set_str("end_offset", Value::Int(end_col as i64 + 1));
            e.dict.set_str("text", Value::from_string(text));
        }
        exc
    }

    /// Counts instructions and checks the deadline; called when `fuel` runs out.
    pub(crate) fn refuel(&mut self) -> PyResult<()> {
        if let Some(max) = self.limits.max_instructions {
            if self.instructions >= max {
                return Err(PyErr::Limit(
                    LimitKind::Instructions,
                    format!("more than {max} instructions executed"),
                ));
            }
        }
        if let Some(deadline) = self.deadline_ns {
            if self.host.monotonic_ns() >= deadline {
                return Err(self.time_limit());
            }
        }
        let mut slice = FUEL_SLICE;
        if let Some(max) = self.limits.max_instructions {
            slice = slice.min((max - self.instructions) as i64).max(1);
        }
        self.fuel = slice;
        self.instructions += slice as u64;
        Ok(())
    }

    /// Refuses an allocation of `bytes` before it is made, when it alone exceeds the limit.
    pub(crate) fn check_alloc(&mut self, bytes: u128) -> PyResult<()> {
        // Without a limit, refuse what the address space cannot hold (wasm32 has 4 GiB).
        let ceiling = (isize::MAX as u128 / 2).min(1 << 34);
        let max = self
            .limits
            .max_heap_bytes
            .map_or(ceiling, |m| (m as u128).min(ceiling));
        if bytes > max {
            if self.limits.max_heap_bytes.is_some() {
                return Err(PyErr::Limit(
                    LimitKind::HeapBytes,
                    format!("an allocation of {bytes} bytes exceeds the limit of {max} bytes"),
                ));
            }
            return Err(self.new_exception("MemoryError", vec![]));
        }
        Ok(())
    }

    /// Writes to the host, counting output bytes.
    pub(crate) fn write_output(&mut self, stream: Stream, data: &[u8]) -> PyResult<()> {
        self.output_bytes += data.len() as u64;
        if let Some(max) = self.limits.max_output_bytes {
            if self.output_bytes > max {
                return Err(PyErr::Limit(
                    LimitKind::OutputBytes,
                    format!("more than {max} bytes written"),
                ));
            }
        }
        self.host.write(stream, data);
        Ok(())
    }

    /// Creates an exception of a built-in type by name.
    pub(crate) fn new_exception(&mut self, type_name: &str, args: Vec<Value>) -> PyErr {
        let ty = match self.types.exception(type_name) {
            Some(t) => t,
            None => self
                .types
                .exception("SystemError")
                .unwrap_or_else(|| self.types.base_exception.clone()),
        };
        PyErr::Exception(Rc::new(ExceptionObject::new(ty, args)))
    }

    /// Creates an exception of a built-in type with a message.
    pub(crate) fn err(&mut self, type_name: &str, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        self.new_exception(type_name, vec![Value::from_string(msg)])
    }

    pub(crate) fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("TypeError", msg)
    }

    pub(crate) fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err("ValueError", msg)
    }

    /// Turns an error that escaped to the top into what `exec` reports.
    pub(crate) fn exec_error(&mut self, e: PyErr) -> ExecError {
        match e {
            PyErr::Limit(kind, detail) => ExecError::Limit { kind, detail },
            PyErr::Exception(exc) => {
                if exc.ty.is_builtin_subtype("SystemExit") {
                    let code = exc.args.borrow().first().cloned().unwrap_or(Value::None);
                    return match code {
                        Value::None => ExecError::Exit(0),
                        Value::Int(i) => ExecError::Exit(i as i32),
                        Value::Bool(b) => ExecError::Exit(b as i32),
                        other => {
                            // sys.exit("message") prints the message and exits with 1.
                            let text = self.to_str(&other).unwrap_or_default();
                            let _ =
                                self.write_output(Stream::Stderr, format!("{text}\n").as_bytes());
                            ExecError::Exit(1)
                        }
                    };
                }
                let traceback = self.format_exception(&exc);
                let type_name = exc.ty.name.to_string();
                let message = self.exception_str(&exc);
                ExecError::Exception {
                    type_name,
                    message,
                    traceback,
                }
            }
        }
    }
}
