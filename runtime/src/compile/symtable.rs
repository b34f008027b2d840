//! Scope analysis: for every function, lambda, comprehension and class body, decide whether each
//! name is local, global, free (from an enclosing function) or a cell (captured by an inner scope).

use std::collections::HashMap;

use indexmap::IndexMap;

use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// A comprehension or generator expression body, compiled as a hidden function.
    Comprehension,
}

/// How a name is reached in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A fast local slot.
    Local,
    /// A local captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through a cell.
    Free,
    /// Declared `global`, or never bound in any enclosing function.
    GlobalExplicit,
    GlobalImplicit,
    /// Module and class bodies: the namespace dict, then globals and builtins.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names bound in this scope, in first-binding order (parameters first).
    bound: IndexMap<String, ()>,
    globals: IndexMap<String, ()>,
    nonlocals: IndexMap<String, ()>,
    used: IndexMap<String, ()>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    /// Filled by `analyze`.
    pub names: HashMap<String, NameKind>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Names bound here by a walrus inside a comprehension: they belong to this scope.
    pub is_generator: bool,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            bound: IndexMap::new(),
            globals: IndexMap::new(),
            nonlocals: IndexMap::new(),
            used: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            names: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
        }
    }

    pub fn lookup(&self, name: &str) -> NameKind {
        match self.names.get(name) {
            Some(k) => *k,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => NameKind::Name,
                _ => NameKind::GlobalImplicit,
            },
        }
    }

    /// The local variable names in slot order: parameters first.
    pub fn varnames(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for name in self.bound.keys() {
            if !out.contains(name)
                && matches!(self.names.get(name), Some(NameKind::Local | NameKind::Cell))
            {
                out.push(name.clone());
            }
        }
        out
    }
}

/// An error found during analysis, as `(message, span)`.
pub type ScopeError = (String, Span);

/// All scopes of a module; scope 0 is the module. Scopes are found again by the address of
/// their AST node, which stays put while the compiler walks the same tree.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn build(module: &Module) -> Result<SymbolTable, ScopeError> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module)],
            by_node: HashMap::new(),
            current: 0,
        };
        b.stmts(&module.body)?;
        let mut table = SymbolTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        table.analyze(0, &[])?;
        Ok(table)
    }

    /// Builds the table for an expression evaluated as a module body (`eval`).
    pub fn build_expr(expr: &Expr) -> Result<SymbolTable, ScopeError> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module)],
            by_node: HashMap::new(),
            current: 0,
        };
        b.expr(expr)?;
        let mut table = SymbolTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        table.analyze(0, &[])?;
        Ok(table)
    }

    /// Resolves names top-down. `enclosing` lists the names bound by enclosing function scopes.
    /// Returns the free names this scope needs from outside.
    fn analyze(&mut self, id: usize, enclosing: &[String]) -> Result<Vec<String>, ScopeError> {
        let kind = self.scopes[id].kind;
        let mut names = HashMap::new();
        {
            let s = &self.scopes[id];
            for g in s.globals.keys() {
                names.insert(g.clone(), NameKind::GlobalExplicit);
            }
            for n in s.nonlocals.keys() {
                if !enclosing.contains(n) {
                    return Err((
                        format!("no binding for nonlocal '{n}' found"),
                        Span::default(),
                    ));
                }
                names.insert(n.clone(), NameKind::Free);
            }
            for b in s.bound.keys() {
                if names.contains_key(b) {
                    continue;
                }
                let k = match kind {
                    ScopeKind::Module | ScopeKind::Class => NameKind::Name,
                    _ => NameKind::Local,
                };
                names.insert(b.clone(), k);
            }
            for u in s.used.keys() {
                if names.contains_key(u) {
                    continue;
                }
                if kind != ScopeKind::Module && enclosing.contains(u) {
                    names.insert(u.clone(), NameKind::Free);
                } else if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    names.insert(u.clone(), NameKind::GlobalImplicit);
                }
            }
        }
        // Names visible to children as enclosing function variables.
        let mut child_enclosing: Vec<String> = enclosing.to_vec();
        match kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                for (n, k) in &names {
                    if matches!(k, NameKind::Local | NameKind::Cell | NameKind::Free)
                        && !child_enclosing.contains(n)
                    {
                        child_enclosing.push(n.clone());
                    }
                }
                // A global declaration hides an outer binding.
                child_enclosing.retain(|n| {
                    !matches!(
                        names.get(n),
                        Some(NameKind::GlobalExplicit | NameKind::GlobalImplicit)
                    )
                });
            }
            ScopeKind::Class => child_enclosing.push("__class__".to_owned()),
            ScopeKind::Module => child_enclosing.clear(),
        }
        let children = self.scopes[id].children.clone();
        let mut needed_from_children = Vec::new();
        for c in children {
            for free in self.analyze(c, &child_enclosing)? {
                if !needed_from_children.contains(&free) {
                    needed_from_children.push(free);
                }
            }
        }
        let mut cellvars = Vec::new();
        let mut freevars: Vec<String> = Vec::new();
        for free in needed_from_children {
            if kind == ScopeKind::Class && free == "__class__" {
                // The implicit cell that zero-argument super() reads.
                names.insert(free.clone(), NameKind::Cell);
                if !cellvars.contains(&free) {
                    cellvars.push(free);
                }
                continue;
            }
            match names.get(&free).copied() {
                Some(NameKind::Local) if kind != ScopeKind::Class => {
                    names.insert(free.clone(), NameKind::Cell);
                    cellvars.push(free);
                }
                Some(NameKind::Cell) => {}
                Some(NameKind::Free) => {
                    if !freevars.contains(&free) {
                        freevars.push(free);
                    }
                }
                Some(NameKind::GlobalExplicit | NameKind::GlobalImplicit) => {}
                _ => {
                    // Passes through this scope (or a class body) to an outer function.
                    if kind == ScopeKind::Class && names.contains_key(&free) {
                        // The class binds it too; the inner function still needs the outer one.
                    } else if kind == ScopeKind::Module {
                        continue;
                    } else {
                        names.entry(free.clone()).or_insert(NameKind::Free);
                    }
                    if !freevars.contains(&free) {
                        freevars.push(free);
                    }
                }
            }
        }
        for (n, k) in &names {
            if *k == NameKind::Free && !freevars.contains(n) {
                freevars.push(n.clone());
            }
        }
        // Keep a stable order: cells in binding order.
        let order: Vec<String> = self.scopes[id]
            .params
            .iter()
            .chain(self.scopes[id].bound.keys())
            .cloned()
            .collect();
        cellvars.sort_by_key(|c| order.iter().position(|o| o == c).unwrap_or(usize::MAX));
        let s = &mut self.scopes[id];
        s.names = names;
        s.cellvars = cellvars;
        s.freevars = freevars.clone();
        Ok(freevars)
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn bind(&mut self, name: &str) {
        self.scope().bound.entry(name.to_owned()).or_insert(());
    }

    fn use_name(&mut self, name: &str) {
        self.scope().used.entry(name.to_owned()).or_insert(());
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind));
        self.scopes[self.current].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn declare(&mut self, names: &[Name], global: bool, span: Span) -> Result<(), ScopeError> {
        for n in names {
            let s = &self.scopes[self.current];
            let kw = if global { "global" } else { "nonlocal" };
            if s.params.contains(n) {
                let what = if global {
                    "parameter and global"
                } else {
                    "parameter and nonlocal"
                };
                return Err((format!("name '{n}' is {what}"), span));
            }
            if s.used.contains_key(n) {
                return Err((
                    format!("name '{n}' is used prior to {kw} declaration"),
                    span,
                ));
            }
            if s.bound.contains_key(n) {
                return Err((
                    format!("name '{n}' is assigned to before {kw} declaration"),
                    span,
                ));
            }
            if global {
                if s.nonlocals.contains_key(n) {
                    return Err((format!("name '{n}' is nonlocal and global"), span));
                }
                self.scope().globals.insert(n.clone(), ());
            } else {
                if s.kind == ScopeKind::Module {
                    return Err((
                        "nonlocal declaration not allowed at module level".into(),
                        span,
                    ));
                }
                if s.globals.contains_key(n) {
                    return Err((format!("name '{n}' is nonlocal and global"), span));
                }
                self.scope().nonlocals.insert(n.clone(), ());
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.arg_defaults(&f.args)?;
                // Annotations are evaluated in the enclosing scope when the def runs.
                for a in all_args(&f.args) {
                    if let Some(ann) = &a.annotation {
                        self.expr(ann)?;
                    }
                }
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let prev = self.push_scope(&**f, ScopeKind::Function);
                self.params(&f.args, s.span)?;
                self.stmts(&f.body)?;
                self.current = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let prev = self.push_scope(&**c, ScopeKind::Class);
                self.stmts(&c.body)?;
                self.current = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    self.bind(n);
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(v) = &it.vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_owned());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.bind(&bound);
                    }
                }
            }
            StmtKind::Global(names) => self.declare(names, true, s.span)?,
            StmtKind::Nonlocal(names) => self.declare(names, false, s.span)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), ScopeError> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.bind(r);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.bind(n);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    fn arg_defaults(&mut self, args: &Arguments) -> Result<(), ScopeError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments, span: Span) -> Result<(), ScopeError> {
        let mut names = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(a.name.clone());
        }
        for a in &args.kwonlyargs {
            names.push(a.name.clone());
        }
        // CPython orders slots: positional, keyword-only, *args, **kwargs.
        let mut ordered: Vec<String> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .map(|a| a.name.clone())
            .collect();
        ordered.extend(args.kwonlyargs.iter().map(|a| a.name.clone()));
        if let Some(v) = &args.vararg {
            ordered.push(v.name.clone());
        }
        if let Some(k) = &args.kwarg {
            ordered.push(k.name.clone());
        }
        for (i, n) in ordered.iter().enumerate() {
            if ordered[..i].contains(n) {
                return Err((
                    format!("duplicate argument '{n}' in function definition"),
                    span,
                ));
            }
            self.bind(n);
        }
        self.scope().params = ordered;
        Ok(())
    }

    /// An assignment target: names are bound, everything else is evaluated.
    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.target(i))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension<T>(
        &mut self,
        node: &T,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        let prev = self.push_scope(node, ScopeKind::Comprehension);
        self.scope().params.push(".0".into());
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.current = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    // Inside a comprehension the target belongs to the enclosing function.
                    let mut id = self.current;
                    while self.scopes[id].kind == ScopeKind::Comprehension {
                        self.scopes[id].nonlocals.insert(n.clone(), ());
                        id = self.parent_of(id);
                    }
                    if id != self.current {
                        let prev = self.current;
                        self.current = id;
                        if self.scopes[id].kind == ScopeKind::Module {
                            // Module-level: the comprehension refers to a global.
                            let mut c = prev;
                            while self.scopes[c].kind == ScopeKind::Comprehension {
                                self.scopes[c].nonlocals.shift_remove(n);
                                self.scopes[c].globals.insert(n.clone(), ());
                                c = self.parent_of(c);
                            }
                        }
                        self.bind(n);
                        self.current = prev;
                    } else {
                        self.bind(n);
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let prev = self.push_scope(e, ScopeKind::Function);
                self.params(args, e.span)?;
                self.expr(body)?;
                self.current = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                values.iter().try_for_each(|v| self.expr(v))?;
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().try_for_each(|v| self.expr(v))?
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt])?;
                let id = self.by_node[&(e as *const Expr as usize)];
                self.scopes[id].is_generator = true;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value])?,
            // `await` suspends too, but only `yield` makes a function a generator (an `async
            // def` with `yield` is an asynchronous generator, one without is a coroutine).
            ExprKind::Await(v) => self.expr(v)?,
            ExprKind::YieldFrom(v) => {
                self.scope().is_generator = true;
                self.expr(v)?
            }
            ExprKind::Yield(v) => {
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                args.iter().try_for_each(|v| self.expr(v))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(parts) => parts.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => {
                if n == "super" {
                    // Zero-argument super() needs the enclosing class cell.
                    self.use_name("__class__");
                }
                self.use_name(n)
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn parent_of(&self, id: usize) -> usize {
        self.scopes
            .iter()
            .position(|s| s.children.contains(&id))
            .unwrap_or(0)
    }
}

/// Every parameter of a signature, in CPython's `__annotations__` order.
pub(super) fn all_args(args: &Arguments) -> impl Iterator<Item = &Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg)
}
