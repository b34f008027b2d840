//! The instruction set and code objects. `Op` is the spec: one line per instruction with its
//! operand and stack effect, written `[before] -> [after]` with the top of the stack on the right.

use std::rc::Rc;

use crate::value::Value;

/// The bit of `BuildList`'s operand that marks a call's argument list (see `Op::BuildList`).
pub const TEMP_LIST: u32 = 1 << 31;

/// One instruction: an opcode and its operand, 8 bytes. Jump targets are instruction indices.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Op {
    /// `[] -> [consts[k]]`.
    LoadConst(u32),
    /// `[] -> [locals[i]]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `[v] -> []`, `locals[i] = v`.
    StoreFast(u32),
    /// `[] -> []`, unset `locals[i]`; UnboundLocalError if already unset.
    DeleteFast(u32),
    /// `[] -> [cells[i].get()]`; cells are the code's cellvars then freevars.
    LoadDeref(u32),
    /// `[v] -> []`, `cells[i].set(v)`.
    StoreDeref(u32),
    /// `[] -> []`, empty `cells[i]`.
    DeleteDeref(u32),
    /// `[] -> [cells[i]]`: the cell itself, for building a closure.
    LoadClosure(u32),
    /// `[] -> [globals[names[n]] or builtins[names[n]]]`; NameError if neither.
    LoadGlobal(u32),
    /// `[v] -> []`, `globals[names[n]] = v`.
    StoreGlobal(u32),
    /// `[] -> []`, delete `globals[names[n]]`.
    DeleteGlobal(u32),
    /// `[] -> [locals-namespace, then globals, then builtins lookup of names[n]]` (class bodies).
    LoadName(u32),
    /// `[v] -> []`, store into the locals namespace (class bodies).
    StoreName(u32),
    /// `[] -> []`, delete from the locals namespace.
    DeleteName(u32),
    /// `[obj] -> [obj.names[n]]`.
    LoadAttr(u32),
    /// `[v, obj] -> []`, `obj.names[n] = v`.
    StoreAttr(u32),
    /// `[obj] -> []`, `del obj.names[n]`.
    DeleteAttr(u32),
    /// `[obj] -> [method, obj]` when `names[n]` is a plain method of obj's type, else
    /// `[Null, obj.names[n]]`. Pairs with `CallMethod`, saving a bound-method allocation.
    LoadMethod(u32),
    /// `super().name` and `super(A, b).name`, as CPython 3.12's LOAD_SUPER_ATTR: operand
    /// `n << 2 | method << 1 | two_args`. `[super] -> [value]`, or `[super, A, b] -> [value]`;
    /// with `method` set, it leaves what `LoadMethod` leaves. When `super` is the built-in
    /// one, the attribute is found without making a super object; else it is called.
    LoadSuperAttr(u32),
    /// `[obj, key] -> [obj[key]]`.
    BinarySubscr,
    /// `[v, obj, key] -> []`, `obj[key] = v`.
    StoreSubscr,
    /// `[obj, key] -> []`, `del obj[key]`.
    DeleteSubscr,
    /// `[lower, upper] -> [slice]` (n = 2) or `[lower, upper, step] -> [slice]` (n = 3).
    BuildSlice(u32),
    /// `[a, b] -> [a op b]`; the operand indexes `BinOp`.
    Binary(u32),
    /// `[a, b] -> [a op= b]`: tries the in-place method first.
    InplaceBinary(u32),
    /// `[a] -> [-a]`.
    UnaryNegative,
    /// `[a] -> [+a]`.
    UnaryPositive,
    /// `[a] -> [~a]`.
    UnaryInvert,
    /// `[a] -> [not a]`.
    UnaryNot,
    /// `[a, b] -> [a op b]`; the operand indexes `CmpOp` (Eq..GtE only).
    Compare(u32),
    /// `[a, b] -> [a is b]`, or `is not` when the operand is 1.
    Is(u32),
    /// `[a, b] -> [a in b]`, or `not in` when the operand is 1.
    In(u32),
    /// `[a] -> []`.
    Pop,
    /// `[a] -> [a, a]`.
    Dup,
    /// `[a, b] -> [a, b, a, b]`.
    DupTwo,
    /// `[a, b] -> [b, a]`.
    Rot2,
    /// `[a, b, c] -> [c, a, b]`.
    Rot3,
    /// `[] -> []`, ip = t.
    Jump(u32),
    /// `[a] -> []`, jump to t if `a` is false.
    PopJumpIfFalse(u32),
    /// `[a] -> []`, jump to t if `a` is true.
    PopJumpIfTrue(u32),
    /// `[a] -> [a]` and jump to t if `a` is false, else `[a] -> []`.
    JumpIfFalseOrPop(u32),
    /// `[a] -> [a]` and jump to t if `a` is true, else `[a] -> []`.
    JumpIfTrueOrPop(u32),
    /// `[obj] -> [iter(obj)]`.
    GetIter,
    /// `[it] -> [it, next(it)]`, or `[it] -> []` and jump to t when exhausted.
    ForIter(u32),
    /// `[a1..an] -> [(a1, .., an)]`.
    BuildTuple(u32),
    /// `[a1..an] -> [[a1, .., an]]`; with `TEMP_LIST` set in the operand, a list that only
    /// gathers a call's arguments (then `ListToTuple`), which no code can reach and which is
    /// not registered with the collector.
    BuildList(u32),
    /// `[k1, v1 .. kn, vn] -> [{k1: v1, ..}]`.
    BuildMap(u32),
    /// `[a1..an] -> [{a1, .., an}]`.
    BuildSet(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` for str parts of an f-string.
    BuildString(u32),
    /// `[list, ..(i-1 more).., v] -> [list, ..]`, `list.append(v)` with list i deep (1 = just below v).
    ListAppend(u32),
    /// `[set, .., v] -> [set, ..]`, `set.add(v)` with the set i deep.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`, `dict[k] = v` with the dict i deep below k.
    MapAdd(u32),
    /// `[list, .., it] -> [list, ..]`, `list.extend(it)` with the list i deep.
    ListExtend(u32),
    /// `[set, .., it] -> [set, ..]`, `set.update(it)` with the set i deep.
    SetUpdate(u32),
    /// `[dict, .., m] -> [dict, ..]`, `dict.update(m)` with the dict i deep.
    DictUpdate(u32),
    /// `[dict, .., m] -> [dict, ..]`, like DictUpdate but a repeated key is a TypeError (`f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`.
    ListToTuple,
    /// `[v] -> [format(v)]`, or `[v, spec] -> [format(v, spec)]` when bit 2 is set; bits 0-1 pick
    /// the conversion: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    FormatValue(u32),
    /// `[seq] -> [vn .. v1]`: exactly n items, the first on top.
    UnpackSequence(u32),
    /// `[seq] -> [vn .. rest-list .. v1]`: low byte items before the star, high bits items after.
    UnpackEx(u32),
    /// `[defaults?, kwdefaults?, closure?, code, qualname] -> [function]`; flag bits: 1 defaults
    /// tuple, 2 kwdefaults dict, 4 closure tuple, present in that order below the code.
    MakeFunction(u32),
    /// `[f, a1..an] -> [f(a1, .., an)]`.
    Call(u32),
    /// `[f, a1..an, names] -> [f(...)]`: the last len(names) arguments are keyword arguments.
    CallKw(u32),
    /// `[meth, self, a1..an] -> [meth(self, a1..an)]`, or `[Null, f, a1..an] -> [f(a1..an)]`.
    CallMethod(u32),
    /// `[f, args-tuple] -> [f(*args)]`, or `[f, args, kwargs-dict] -> [f(*args, **kwargs)]` when 1.
    CallEx(u32),
    /// `[v] -> ` return v to the caller.
    Return,
    /// `[] -> []`, push a handler: an exception raised until the matching `PopBlock` truncates
    /// the stack to its current depth, pushes the exception and jumps to t.
    SetupExcept(u32),
    /// Like `SetupExcept`, but the handler's stack depth leaves out the top value (the result of
    /// `__enter__`, which the `as` target consumes).
    SetupWith(u32),
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, exc.__traceback__)]`.
    WithExceptStart,
    /// `[] -> []`, pop the innermost handler.
    PopBlock,
    /// `[exc] -> [exc]`, and make exc the exception being handled (`sys.exc_info()`).
    PushExcInfo,
    /// `[] -> []`, restore the exception being handled to what it was before the last PushExcInfo.
    PopExcept,
    /// `[exc, type] -> [exc, matches]`: isinstance check of an `except` clause.
    CheckExcMatch,
    /// `[] -> raise`: operand 0 re-raises the handled exception, 1 raises TOS, 2 raises TOS-1
    /// from TOS.
    Raise(u32),
    /// `[exc] -> raise exc` without adding a traceback entry (leaving an except or finally block).
    Reraise,
    /// `[] -> [AssertionError]`.
    LoadAssertionError,
    /// `[] -> [sys.displayhook]`, for an expression statement in interactive mode (RuntimeError
    /// "lost sys.displayhook" when it is gone).
    LoadDisplayhook,
    /// `[subj] -> [subj, is_sequence]` for a sequence pattern (not str, bytes or dict).
    MatchSequence,
    /// `[subj] -> [subj, is_mapping]` for a mapping pattern.
    MatchMapping,
    /// `[subj] -> [subj, len(subj)]`.
    GetLen,
    /// `[subj, keys] -> [subj, keys, values]`, or None for values when a key is missing.
    MatchKeys,
    /// `[subj, keys] -> [rest]`: a dict copy of subj without those keys.
    CopyDictWithoutKeys,
    /// `[subj, cls, kwnames] -> [attrs]` (n positional then the keyword ones), or None when
    /// subj is not an instance of cls or lacks an attribute.
    MatchClass(u32),
    /// `[v] -> [sent]`: suspend the generator, yielding v; resumes with the sent value.
    YieldValue,
    /// `[obj] -> [iter]`: `iter(obj)`, except that generators and coroutines pass through.
    GetYieldFromIter,
    /// `[obj] -> [awaitable]`: the iterator `await` drives (a coroutine, or `__await__()`).
    GetAwaitable,
    /// `[obj] -> [obj.__aiter__()]` for `async for`.
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`: what `aiter.__anext__()` returns, ready to await.
    GetANext,
    /// `[rest, T] -> [rest', match, matched]` for an `except* T` clause: the part of the
    /// exception (group) left unhandled that matches T, and what remains.
    CheckEgMatch,
    /// `[orig, raised, rest] -> []` at the end of the `except*` clauses: raises what the
    /// handlers raised together with the unhandled rest, if anything.
    PrepReraiseStar,
    /// `[mgr] -> [exit, enter, self]`: the bound `__exit__` of a context manager and its
    /// `__enter__` as `LoadMethod` leaves it, or `__aexit__` and `__aenter__` when the operand
    /// is 1 (`async with`). `CallMethod(0)` follows.
    BeforeWith(u32),
    /// `[iter, v] -> [result]`: delegate to a sub-iterator, sending v first; re-executes itself
    /// after each value it yields, and pushes the sub-iterator's return value when it stops.
    YieldFrom,
    /// `[fromlist, level] -> [module]`: import `names[n]` (relative to the frame's package when
    /// level > 0); the top-level package unless fromlist is non-empty, as `__import__` returns.
    ImportName(u32),
    /// `[module] -> [module, v]`: `v = module.names[n]`, falling back to the submodule in
    /// `sys.modules`; ImportError "cannot import name" when neither exists.
    ImportFrom(u32),
    /// `[module] -> []`: bind the module's `__all__` (else its public names) in the namespace.
    ImportStar,
}

/// A compiled function body, module or class body. Immutable once built.
#[derive(Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub ops: Vec<Op>,
    /// The source line of each op, for tracebacks.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Names for global, attribute and name-namespace instructions.
    pub names: Vec<Rc<str>>,
    /// The `str` hash of each name, so global lookups do not rehash.
    pub name_hashes: Vec<i64>,
    /// Each name as a `str` object, shared by every code object of the module: the keys that
    /// attribute stores put in instance dicts, so that later lookups by the same object match
    /// by address before comparing text.
    pub name_keys: Vec<Rc<crate::object::Str>>,
    /// Local variable names; parameters first in declaration order.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner scopes; cell i is `cellvars[i]`.
    pub cellvars: Vec<Rc<str>>,
    /// Variables of enclosing scopes; cell `cellvars.len() + i` is `freevars[i]`.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, its index in varnames.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub firstlineno: u32,
    /// The whole source text, for printing the line in tracebacks.
    pub source: Rc<str>,
    /// For each name, what `LoadGlobal` found for it last time.
    pub global_cache: Vec<std::cell::RefCell<GlobalCache>>,
    /// For each name, what attribute instructions learnt of it on instances of one class
    /// (see `vm::attr_cache`).
    pub attr_cache: Vec<std::cell::RefCell<AttrCache>>,
}

/// How many classes an attribute cache remembers per name (a site that sees the instances
/// of several subclasses of one base stays cached).
pub const ATTR_CACHE_WAYS: usize = 4;

/// What attribute instructions learnt about one name on instances of a few classes.
#[derive(Debug, Default)]
pub struct AttrCache {
    pub ways: [Option<AttrWay>; ATTR_CACHE_WAYS],
    /// The way the next class replaces.
    pub next: u8,
}

/// What is known of a name on instances of `class`, valid while the interpreter's type epoch
/// is `epoch` (no type namespace changed since).
#[derive(Debug)]
pub struct AttrWay {
    /// Held weakly, which keeps the class's memory (so no other class can appear at the same
    /// address) but not the class: a cache does not keep a class alive.
    pub class: std::rc::Weak<crate::object::Type>,
    /// The class's address, compared on every lookup (cheaper than through the `Weak`; the
    /// `Weak` keeps the address from being reused).
    pub class_addr: usize,
    /// True when the entry is for the class object itself (`C.x`), not its instances.
    pub on_type: bool,
    pub epoch: u64,
    pub kind: AttrKind,
    /// Whether a store goes straight to the instance dict (no `__setattr__`, no data
    /// descriptor of this name, no `__slots__` refusing it).
    pub plain_store: bool,
    /// Where in the instance dict the name was last found: instances of one class built the
    /// same way keep their attributes in the same order, so the entry there is usually it.
    pub hint: std::cell::Cell<u32>,
}

/// How an instance attribute resolves, as far as the class decides it.
#[derive(Debug, Default, Clone)]
pub enum AttrKind {
    /// Nothing learnt.
    #[default]
    Unknown,
    /// Reads and writes go to the instance dict: the class has no descriptor of this name and
    /// no `__getattribute__`/`__setattr__` of its own. A missing key takes the slow path.
    Plain,
    /// The class has a plain function of this name: a read not found in the instance dict
    /// binds it.
    Method(Value),
    /// The class has a value of this name that is no descriptor (a number, a string, a
    /// class): a read not found in the instance dict returns it. On the class object itself,
    /// what a read of the class attribute returns.
    ClassValue(Value),
    /// The class has a `property` of this name whose getter is a plain Python function: a
    /// read calls it, as a frame of the loop.
    Property(Value),
    /// The class derives from a built-in type whose method this is (`append` of a `list`
    /// subclass): `LoadMethod` pushes it unbound, to be called with the instance first, as
    /// the bound method the slow path makes would be. Reads take the slow path.
    BuiltinMethod(Value),
    /// On a class object, a `classmethod` whose function is a plain Python function:
    /// `LoadMethod` pushes the function, to be called with the class first.
    ClassMethod(Value),
}

/// Where a `LoadGlobal` found its name, valid while the globals dict it came from and the
/// builtins are unchanged (their versions equal): the entry's index in the globals, or in
/// the builtins. The `Weak` pins the dict's address, so another dict can never be mistaken
/// for it. It holds no value, so a deleted global is freed at once.
#[derive(Debug, Default)]
pub struct GlobalCache {
    pub globals: std::rc::Weak<crate::object::Dict>,
    pub globals_version: u32,
    pub builtins_version: u32,
    pub index: u32,
    /// 0: nothing cached; 1: in the globals; 2: in the builtins.
    pub source: u8,
}

/// What a code object keeps for its names, derived from the names alone: the compiler and
/// `code_bytes.rs` build it the same way.
pub(crate) struct NameTables {
    pub names: Vec<Rc<str>>,
    pub name_hashes: Vec<i64>,
    pub name_keys: Vec<Rc<crate::object::Str>>,
    pub global_cache: Vec<std::cell::RefCell<GlobalCache>>,
    pub attr_cache: Vec<std::cell::RefCell<AttrCache>>,
}

impl NameTables {
    /// The tables for `names`; `strs` holds each name's `str` object for the whole module, so
    /// that its code objects share them (see `Code::name_keys`).
    pub(crate) fn new<'a>(
        names: impl Iterator<Item = &'a str>,
        strs: &mut std::collections::HashMap<String, Rc<crate::object::Str>>,
    ) -> NameTables {
        let names: Vec<&str> = names.collect();
        NameTables {
            name_hashes: names.iter().map(|s| crate::object::str_hash(s)).collect(),
            name_keys: names
                .iter()
                .map(|&s| {
                    strs.entry(s.to_owned())
                        .or_insert_with(|| Rc::new(crate::object::Str::new(s)))
                        .clone()
                })
                .collect(),
            global_cache: names.iter().map(|_| Default::default()).collect(),
            attr_cache: names.iter().map(|_| Default::default()).collect(),
            names: names.into_iter().map(Rc::from).collect(),
        }
    }
}

impl Code {
    /// Empties the entries of the attribute caches that can no longer answer (a namespace
    /// changed since), moving their values onto `out`: such an entry would otherwise keep an
    /// old method alive, out of the collector's sight.
    /// With `all`, every attribute cache entry goes: a valid one may hold a class or a
    /// method that only garbage refers to.
    pub(crate) fn clear_stale_caches(&self, type_epoch: u64, all: bool, out: &mut Vec<Value>) {
        for cache in &self.attr_cache {
            let Ok(mut c) = cache.try_borrow_mut() else {
                continue;
            };
            for way in c.ways.iter_mut() {
                if way
                    .as_ref()
                    .is_some_and(|w| all || w.epoch != type_epoch || w.class.strong_count() == 0)
                {
                    if let Some(AttrWay {
                        kind:
                            AttrKind::Method(v)
                            | AttrKind::ClassValue(v)
                            | AttrKind::Property(v)
                            | AttrKind::BuiltinMethod(v)
                            | AttrKind::ClassMethod(v),
                        ..
                    }) = way.take()
                    {
                        out.push(v);
                    }
                }
            }
        }
    }

    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    pub const MODULE: u32 = 8;
    pub const CLASS_BODY: u32 = 16;
    pub const COROUTINE: u32 = 32;

    /// `co_flags` as CPython numbers them (CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS,
    /// CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR), which programs test
    /// with `inspect` constants.
    pub fn cpython_flags(&self) -> i64 {
        let mut f = 0;
        if self.flags & (Code::MODULE | Code::CLASS_BODY) == 0 {
            f |= 0x1 | 0x2;
        }
        if self.has_flag(Code::VARARGS) {
            f |= 0x4;
        }
        if self.has_flag(Code::VARKEYWORDS) {
            f |= 0x8;
        }
        match (
            self.has_flag(Code::GENERATOR),
            self.has_flag(Code::COROUTINE),
        ) {
            (true, true) => f |= 0x200,
            (false, true) => f |= 0x80,
            (true, false) => f |= 0x20,
            (false, false) => {}
        }
        f
    }

    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// The text of line `line` (1-based), stripped of surrounding whitespace.
    pub fn source_line(&self, line: u32) -> Option<&str> {
        if line == 0 {
            return None;
        }
        self.source.lines().nth(line as usize - 1).map(str::trim)
    }
}
