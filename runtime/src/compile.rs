//! AST to bytecode. `symtable` decides where every name lives; `stmt` and `expr` emit code for
//! one code unit (module, function, lambda, comprehension or class body) at a time.

mod expr;
mod pattern;
mod stmt;
pub mod symtable;

use std::collections::HashMap;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::bytecode::{Code, NameTables, Op};
use crate::syntax::ast::{Expr, Module, Span, Stmt};
use crate::value::Value;
use symtable::{NameKind, ScopeKind, SymbolTable};

/// A compile-time error (reported as SyntaxError), with where it was found.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

pub type CResult<T> = Result<T, CompileError>;

fn err<T>(msg: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError {
        msg: msg.into(),
        span,
    })
}

/// What an enclosing block needs done when `break`, `continue` or `return` leaves it.
enum FBlock<'a> {
    /// A loop; `for_loop` loops keep their iterator on the stack.
    Loop {
        for_loop: bool,
        continue_target: u32,
        breaks: Vec<usize>,
    },
    /// The body of a `try` with an except handler: one handler block to pop.
    TryExcept,
    /// The body of a `try` with a `finally`: pop its handler and run the final body.
    TryFinally { body: &'a [Stmt] },
    /// Inside an except handler, or a `finally` run for an exception: the handled exception sits
    /// on the stack and a cleanup handler block is active.
    HandlerBody { name: Option<&'a str> },
    /// Inside an `except*` handler, which `break`, `continue` and `return` may not leave.
    ExceptStar,
    /// Inside a `with` or `async with` body: the exit function sits on the stack.
    With { is_async: bool },
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_strs: HashMap<String, u32>,
    names: IndexMap<String, u32>,
    varnames: IndexMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    name: String,
    qualname: String,
    line: u32,
    firstlineno: u32,
}

pub struct Compiler<'a> {
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    filename: Rc<str>,
    source: Rc<str>,
    /// `from __future__ import annotations` (PEP 563): annotations are kept as source text.
    future_annotations: bool,
    /// CPython's `single` mode: the module's expression statements print their values through
    /// `sys.displayhook` instead of discarding them.
    interactive: bool,
    /// `exec`/`eval` with a locals mapping apart from the globals: the module's own names are
    /// loaded and stored as a class body's are (`LoadName`/`StoreName`), in that mapping.
    module_locals: bool,
    /// One `str` object per distinct name of the module, shared by all its code objects.
    name_strs: std::collections::HashMap<String, Rc<crate::object::Str>>,
}

/// Compiles a module body. `source` is kept for printing lines in tracebacks.
pub fn compile_module(module: &Module, filename: &str, source: Rc<str>) -> CResult<Rc<Code>> {
    compile_module_with(module, filename, source, false, false)
}

/// Compiles a module body for `exec(source, globals, locals)` with `locals` apart from
/// `globals`: its names live in the frame's namespace, as CPython's `STORE_NAME` puts them.
pub fn compile_exec_locals(module: &Module, filename: &str, source: Rc<str>) -> CResult<Rc<Code>> {
    compile_module_with(module, filename, source, false, true)
}

/// Compiles one interactive statement (`compile(..., 'single')`, the REPL): as a module, with
/// each top-level expression statement handing its value to `sys.displayhook`.
pub fn compile_interactive(module: &Module, filename: &str, source: Rc<str>) -> CResult<Rc<Code>> {
    compile_module_with(module, filename, source, true, false)
}

fn compile_module_with(
    module: &Module,
    filename: &str,
    source: Rc<str>,
    interactive: bool,
    module_locals: bool,
) -> CResult<Rc<Code>> {
    let table = SymbolTable::build(module).map_err(|(msg, span)| CompileError { msg, span })?;
    let future_annotations = check_future_placement(&module.body)?;
    let mut c = Compiler {
        table,
        units: Vec::new(),
        filename: filename.into(),
        source,
        future_annotations,
        interactive,
        module_locals,
        name_strs: Default::default(),
    };
    c.push_unit(0, "<module>", "<module>".into(), 1);
    c.setup_annotations(&module.body);
    c.stmts(&module.body)?;
    c.load_const(Value::None);
    c.emit(Op::Return);
    Ok(c.finish_unit(0, 0, 0, Code::MODULE))
}

/// `from __future__` imports may follow only the docstring and each other. Returns whether
/// they turn on postponed evaluation of annotations.
fn check_future_placement(body: &[Stmt]) -> CResult<bool> {
    use crate::syntax::ast::{Constant, ExprKind, StmtKind};
    let is_future = |s: &Stmt| matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__");
    let mut rest = body;
    if let Some((first, after)) = rest.split_first() {
        if matches!(&first.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Constant(Constant::Str(_))))
        {
            rest = after;
        }
    }
    let mut leading = true;
    let mut annotations = false;
    for s in rest {
        if let StmtKind::ImportFrom { names, .. } = &s.kind {
            annotations |= is_future(s) && names.iter().any(|a| a.name == "annotations");
        }
        if is_future(s) {
            if !leading {
                return err(
                    "from __future__ imports must occur at the beginning of the file",
                    s.span,
                );
            }
        } else {
            leading = false;
        }
    }
    Ok(annotations)
}

/// Compiles an expression for `eval`: the code returns its value. `module_locals` as for
/// `compile_exec_locals`.
pub fn compile_eval(
    expr: &Expr,
    filename: &str,
    source: Rc<str>,
    module_locals: bool,
) -> CResult<Rc<Code>> {
    let table = SymbolTable::build_expr(expr).map_err(|(msg, span)| CompileError { msg, span })?;
    let mut c = Compiler {
        table,
        units: Vec::new(),
        filename: filename.into(),
        source,
        future_annotations: false,
        interactive: false,
        module_locals,
        name_strs: Default::default(),
    };
    c.push_unit(0, "<module>", "<module>".into(), 1);
    c.expr(expr)?;
    c.emit(Op::Return);
    Ok(c.finish_unit(0, 0, 0, Code::MODULE))
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: String, line: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames = IndexMap::new();
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for (i, v) in s.varnames().into_iter().enumerate() {
                varnames.insert(v, i as u32);
            }
        }
        self.units.push(Unit {
            scope,
            kind: s.kind,
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_strs: HashMap::new(),
            names: IndexMap::new(),
            varnames,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            fblocks: Vec::new(),
            name: name.to_owned(),
            qualname,
            line,
            firstlineno: line,
        });
    }

    fn finish_unit(&mut self, argcount: u32, posonly: u32, kwonly: u32, flags: u32) -> Rc<Code> {
        let u = self.units.pop().expect("a unit is open");
        let varnames: Vec<Rc<str>> = u.varnames.keys().map(|s| Rc::from(s.as_str())).collect();
        // Only parameters start with a value that must move into their cell.
        let nparams = argcount
            + kwonly
            + u32::from(flags & Code::VARARGS != 0)
            + u32::from(flags & Code::VARKEYWORDS != 0);
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| {
                u.varnames
                    .get(c)
                    .filter(|&&vi| vi < nparams)
                    .map(|&vi| (ci as u32, vi))
            })
            .collect();
        let tables = NameTables::new(u.names.keys().map(String::as_str), &mut self.name_strs);
        Rc::new(Code {
            name: u.name.as_str().into(),
            qualname: u.qualname.as_str().into(),
            filename: self.filename.clone(),
            ops: u.ops,
            lines: u.lines,
            consts: u.consts,
            names: tables.names,
            name_hashes: tables.name_hashes,
            name_keys: tables.name_keys,
            varnames,
            cellvars: u.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            cell_params,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            firstlineno: u.firstlineno,
            source: self.source.clone(),
            global_cache: tables.global_cache,
            attr_cache: tables.attr_cache,
        })
    }

    fn set_line(&mut self, span: Span) {
        if span.line > 0 {
            self.unit().line = span.line;
        }
    }

    /// Appends an op and returns its index.
    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.lines.push(u.line);
        u.ops.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().ops.len() as u32
    }

    /// Points the jump at `at` to `target`.
    fn patch(&mut self, at: usize, target: u32) {
        let op = &mut self.unit().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            other => other,
        };
    }

    /// Points the jump at `at` to the next op to be emitted.
    fn patch_here(&mut self, at: usize) {
        let t = self.here();
        self.patch(at, t);
    }

    /// Evaluates an annotation, or under `from __future__ import annotations` pushes its
    /// source text instead (PEP 563), so that forward references need not exist yet.
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if !self.future_annotations {
            // `*args: *Ts` (PEP 646): the one item that unpacking `Ts` gives.
            if let crate::syntax::ast::ExprKind::Starred(inner) = &e.kind {
                self.expr(inner)?;
                self.emit(Op::UnpackSequence(1));
                return Ok(());
            }
            return self.expr(e);
        }
        let text = source_text(&self.source, e.span);
        self.load_const(Value::from_string(text));
        Ok(())
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        if let Value::Str(s) = &v {
            if let Some(&i) = u.const_strs.get(s.as_str()) {
                return i;
            }
            let i = u.consts.len() as u32;
            u.const_strs.insert(s.as_str().to_owned(), i);
            u.consts.push(v);
            return i;
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let k = self.add_const(v);
        self.emit(Op::LoadConst(k));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        let n = u.names.len() as u32;
        *u.names.entry(name.to_owned()).or_insert(n)
    }

    fn var_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        let n = u.varnames.len() as u32;
        *u.varnames.entry(name.to_owned()).or_insert(n)
    }

    fn cell_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|c| c == name) {
            return (u.cellvars.len() + i) as u32;
        }
        u.freevars.push(name.to_owned());
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    fn name_kind(&self, name: &str) -> NameKind {
        let u = &self.units[self.units.len() - 1];
        self.table.scopes[u.scope].lookup(name)
    }

    /// Emits the load, store or delete of a variable, by where the scope analysis put it.
    fn name_op(&mut self, name: &str, action: NameAction) {
        let kind = self.name_kind(name);
        let module_level = self.unit().kind == ScopeKind::Module && !self.module_locals;
        let op = match kind {
            NameKind::Local => {
                let i = self.var_index(name);
                match action {
                    NameAction::Load => Op::LoadFast(i),
                    NameAction::Store => Op::StoreFast(i),
                    NameAction::Delete => Op::DeleteFast(i),
                }
            }
            NameKind::Cell | NameKind::Free => {
                let i = self.cell_index(name);
                match action {
                    NameAction::Load => Op::LoadDeref(i),
                    NameAction::Store => Op::StoreDeref(i),
                    NameAction::Delete => Op::DeleteDeref(i),
                }
            }
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let i = self.name_index(name);
                match action {
                    NameAction::Load => Op::LoadGlobal(i),
                    NameAction::Store => Op::StoreGlobal(i),
                    NameAction::Delete => Op::DeleteGlobal(i),
                }
            }
            NameKind::Name => {
                let i = self.name_index(name);
                match (action, module_level) {
                    (NameAction::Load, true) => Op::LoadGlobal(i),
                    (NameAction::Store, true) => Op::StoreGlobal(i),
                    (NameAction::Delete, true) => Op::DeleteGlobal(i),
                    (NameAction::Load, false) => Op::LoadName(i),
                    (NameAction::Store, false) => Op::StoreName(i),
                    (NameAction::Delete, false) => Op::DeleteName(i),
                }
            }
        };
        self.emit(op);
    }

    /// The qualified name for a function or class defined in the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let u = &self.units[self.units.len() - 1];
        match u.kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameAction {
    Load,
    Store,
    Delete,
}

/// The source text a span covers (columns count characters), lines joined by newlines.
fn source_text(source: &str, span: Span) -> String {
    let first = span.line.max(1) as usize;
    let last = span.end_line.max(span.line) as usize;
    let mut out = Vec::new();
    for (i, line) in source
        .lines()
        .enumerate()
        .skip(first - 1)
        .take(last - first + 1)
    {
        let n = i + 1;
        let start = if n == first { span.col as usize } else { 0 };
        let end = if n == last {
            span.end_col as usize
        } else {
            usize::MAX
        };
        let piece: String = line
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect();
        out.push(piece);
    }
    out.join("\n")
}
