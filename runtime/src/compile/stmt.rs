//! Statement code generation: assignments, control flow, exception handling, definitions.

use crate::bytecode::{Code, Op};
use crate::syntax::ast::*;
use crate::value::Value;

use super::symtable::ScopeKind;
use super::{err, CResult, Compiler, FBlock, NameAction};

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                // In interactive mode, outside any function or class body (but inside `for`
                // and `if` blocks), the value is displayed, as CPython's PRINT_EXPR does.
                if self.interactive && self.units.len() == 1 {
                    self.emit(Op::LoadDisplayhook);
                    self.emit(Op::Rot2);
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                // Module and class bodies record simple annotations in `__annotations__`, as
                // CPython does; a function's are never evaluated.
                if let (true, ExprKind::Name(n), false) =
                    (*simple, &target.kind, self.in_function())
                {
                    self.annotation(annotation)?;
                    let ann = self.name_index("__annotations__");
                    self.emit(Op::LoadName(ann));
                    self.load_const(Value::str(n));
                    self.emit(Op::StoreSubscr);
                }
            }
            StmtKind::Pass => {}
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch_here(jf);
                } else {
                    let jend = self.emit(Op::Jump(0));
                    self.patch_here(jf);
                    self.stmts(orelse)?;
                    self.patch_here(jend);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.here();
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.unit().fblocks.push(FBlock::Loop {
                    for_loop: false,
                    continue_target: top,
                    breaks: Vec::new(),
                });
                self.stmts(body)?;
                self.emit(Op::Jump(top));
                let breaks = self.pop_loop();
                self.patch_here(jf);
                self.loop_else(orelse, breaks)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for(target, iter, body, orelse, s.span)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.set_line(s.span);
                self.emit(Op::GetIter);
                let top = self.here();
                let fi = self.emit(Op::ForIter(0));
                let breaks = self.for_body(target, body, top)?;
                self.patch_here(fi);
                self.loop_else(orelse, breaks)?;
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Return(value) => {
                if !matches!(
                    self.unit().kind,
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return err("'return' outside function", s.span);
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_fblocks(true, None)?;
                self.emit(Op::Return);
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let jt = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch_here(jt);
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with(items, body, *is_async)?,
            StmtKind::Import(names) => {
                for a in names {
                    self.import(a)?;
                }
            }
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                self.check_future_import(names, s.span)?;
                self.import_from(Some(m), names, 0)?;
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
        }
        Ok(())
    }

    /// `from __future__ import ...` names features the compiler knows (postponed annotations
    /// change what `__annotations__` holds; the others are always on); the import itself then
    /// runs as any other. Placement is checked by `check_future_placement`.
    fn check_future_import(&mut self, names: &[Alias], span: Span) -> CResult<()> {
        if self.unit().kind != ScopeKind::Module {
            return err(
                "from __future__ imports must occur at the beginning of the file",
                span,
            );
        }
        const FEATURES: &[&str] = &[
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        for a in names {
            if a.name == "braces" {
                return err("not a chance", a.span);
            }
            if !FEATURES.contains(&a.name.as_str()) {
                return err(format!("future feature {} is not defined", a.name), a.span);
            }
        }
        Ok(())
    }

    fn in_function(&mut self) -> bool {
        matches!(
            self.unit().kind,
            ScopeKind::Function | ScopeKind::Comprehension
        )
    }

    /// `__annotations__ = {}` at the top of a module or class body that annotates a name.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        let annotates = body
            .iter()
            .any(|s| matches!(&s.kind, StmtKind::AnnAssign { simple: true, .. }));
        if annotates {
            self.emit(Op::BuildMap(0));
            let ann = self.name_index("__annotations__");
            self.emit(Op::StoreName(ann));
        }
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> CResult<()> {
        let Some(loop_index) = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            return if is_break {
                err("'break' outside loop", span)
            } else {
                err("'continue' not properly in loop", span)
            };
        };
        self.unwind_fblocks(false, Some(loop_index))?;
        let (for_loop, target) = match &self.unit().fblocks[loop_index] {
            FBlock::Loop {
                for_loop,
                continue_target,
                ..
            } => (*for_loop, *continue_target),
            _ => (false, 0),
        };
        if is_break {
            if for_loop {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[loop_index] {
                breaks.push(j);
            }
        } else {
            self.emit(Op::Jump(target));
        }
        Ok(())
    }

    /// Emits the cleanup of every block between here and `stop` (a loop index; `None` for a
    /// return, which leaves them all). `preserve_tos` keeps the return value on top.
    fn unwind_fblocks(&mut self, preserve_tos: bool, stop: Option<usize>) -> CResult<()> {
        let mut i = self.unit().fblocks.len();
        let limit = stop.map_or(0, |s| s + 1);
        while i > limit {
            i -= 1;
            // Take the block out while emitting its cleanup, so that a `return` inside a
            // finally body does not run that body again.
            let saved = self.unit().fblocks.split_off(i);
            let result = self.unwind_one(&saved[0], preserve_tos);
            self.unit().fblocks.extend(saved);
            result?;
        }
        Ok(())
    }

    fn unwind_one(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match block {
            FBlock::Loop { for_loop, .. } => {
                if *for_loop {
                    if preserve_tos {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                }
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::TryFinally { body } => {
                self.emit(Op::PopBlock);
                self.stmts(body)?;
            }
            FBlock::HandlerBody { name } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.name_op(n, NameAction::Store);
                    self.name_op(n, NameAction::Delete);
                }
            }
            FBlock::ExceptStar => {
                let line = self.unit().line;
                return err(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    Span::new(line, 0, line, 0),
                );
            }
            FBlock::With { is_async } => {
                // Call exit(None, None, None) on the way out.
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.with_exit_normal(*is_async);
            }
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        let jend = self.emit(Op::Jump(0));
        self.patch_here(setup);
        let mut ends = vec![jend];
        if is_star {
            self.star_handlers(handlers, &mut ends)?;
        } else {
            self.handlers(handlers, &mut ends)?;
        }
        for j in ends {
            self.patch_here(j);
        }
        Ok(())
    }

    /// The handler part of a try statement. Entered with `[exc]` on the stack.
    fn handlers(&mut self, handlers: &'a [ExceptHandler], ends: &mut Vec<usize>) -> CResult<()> {
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupExcept(0));
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.span);
            let mut next = None;
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch);
                    next = Some(self.emit(Op::PopJumpIfFalse(0)));
                }
                None if i + 1 < handlers.len() => {
                    return err("default 'except:' must be last", h.span);
                }
                None => {}
            }
            if let Some(n) = &h.name {
                self.emit(Op::Dup);
                self.name_op(n, NameAction::Store);
            }
            self.unit().fblocks.push(FBlock::HandlerBody {
                name: h.name.as_deref(),
            });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.emit(Op::Pop);
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.name_op(n, NameAction::Store);
                self.name_op(n, NameAction::Delete);
            }
            ends.push(self.emit(Op::Jump(0)));
            if let Some(j) = next {
                self.patch_here(j);
            }
        }
        // No handler matched: re-raise, through the cleanup below (which expects the
        // exception to stay on the stack under the one it catches).
        self.emit(Op::Dup);
        self.emit(Op::Reraise);
        self.patch_here(cleanup);
        self.emit_cleanup();
        Ok(())
    }

    /// The `except*` clauses of a try statement (PEP 654). Entered with `[exc]`; keeps
    /// `[exc, orig, raised, rest]` while matching each clause against what is left of the
    /// group, collecting what the handlers raise, then raises the combination (or nothing).
    fn star_handlers(
        &mut self,
        handlers: &'a [ExceptHandler],
        ends: &mut Vec<usize>,
    ) -> CResult<()> {
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupExcept(0));
        self.emit(Op::Dup);
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        self.emit(Op::Rot2);
        for h in handlers {
            self.set_line(h.span);
            let Some(t) = &h.typ else {
                return err("expected one or more exception types", h.span);
            };
            self.expr(t)?;
            self.emit(Op::CheckEgMatch);
            let no_match = self.emit(Op::PopJumpIfFalse(0));
            // [exc, orig, raised, rest, match]: the match is the exception being handled.
            if let Some(n) = &h.name {
                self.emit(Op::Dup);
                self.name_op(n, NameAction::Store);
            }
            self.emit(Op::PushExcInfo);
            let inner = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.emit(Op::PopExcept);
            self.emit(Op::Pop);
            self.clear_handler_name(h.name.as_deref());
            let done = self.emit(Op::Jump(0));
            // The handler raised: [exc, orig, raised, rest, match, new] -> append new.
            self.patch_here(inner);
            self.emit(Op::PopExcept);
            self.emit(Op::Rot2);
            self.emit(Op::Pop);
            self.emit(Op::ListAppend(2));
            self.clear_handler_name(h.name.as_deref());
            let done2 = self.emit(Op::Jump(0));
            self.patch_here(no_match);
            self.emit(Op::Pop);
            self.patch_here(done);
            self.patch_here(done2);
        }
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::PopBlock);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        ends.push(self.emit(Op::Jump(0)));
        self.patch_here(cleanup);
        self.emit_cleanup();
        Ok(())
    }

    /// Unbinds an `except ... as name` target when its handler ends.
    fn clear_handler_name(&mut self, name: Option<&'a str>) {
        if let Some(n) = name {
            self.load_const(Value::None);
            self.name_op(n, NameAction::Store);
            self.name_op(n, NameAction::Delete);
        }
    }

    /// `[exc, exc2] -> raise exc2`, restoring the handled exception first.
    fn emit_cleanup(&mut self) {
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit()
            .fblocks
            .push(FBlock::TryFinally { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        let jend = self.emit(Op::Jump(0));
        // The exceptional path: [exc].
        self.patch_here(setup);
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::HandlerBody { name: None });
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.patch_here(cleanup);
        self.emit_cleanup();
        self.patch_here(jend);
        Ok(())
    }

    /// `with a as b: body`, compiled as CPython does: the exit method stays on the stack under
    /// the body, and an exception calls it with the exception's details. The `async with` form
    /// awaits what `__aenter__` and `__aexit__` return.
    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context)?;
        // [mgr] -> [exit, enter()]
        self.emit(Op::BeforeWith(u32::from(is_async)));
        self.emit(Op::CallMethod(0));
        if is_async {
            self.emit_await();
        }
        let setup = self.emit(Op::SetupWith(0));
        match &first.vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, is_async)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.with_exit_normal(is_async);
        let jend = self.emit(Op::Jump(0));
        // Exceptional path: [exit, exc].
        self.patch_here(setup);
        self.emit(Op::PushExcInfo);
        let cleanup = self.emit(Op::SetupExcept(0));
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit_await();
        }
        let jsuppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Dup);
        self.emit(Op::Reraise);
        self.patch_here(jsuppress);
        // Suppressed: [exit, exc] -> []
        self.emit(Op::PopBlock);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        let jend2 = self.emit(Op::Jump(0));
        self.patch_here(cleanup);
        // [exit, exc, exc2]
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.emit(Op::Reraise);
        self.patch_here(jend);
        self.patch_here(jend2);
        Ok(())
    }

    /// `[exit] -> []`, calling `exit(None, None, None)` (and awaiting it for `async with`).
    fn with_exit_normal(&mut self, is_async: bool) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call(3));
        if is_async {
            self.emit_await();
        }
        self.emit(Op::Pop);
    }

    /// `[awaitable] -> [result]`: what `await` compiles to.
    pub(super) fn emit_await(&mut self) {
        self.emit(Op::GetAwaitable);
        self.load_const(Value::None);
        self.emit(Op::YieldFrom);
    }

    /// `[aiterable] -> [aiter]`: `aiterable.__aiter__()`.
    pub(super) fn emit_get_aiter(&mut self) {
        self.emit(Op::GetAIter);
    }

    /// `[aiter] -> [aiter, value]`, awaiting `aiter.__anext__()`, with a handler that jumps to
    /// the returned op index with `[aiter, exc]` when that raises. The caller emits the handler
    /// with `emit_async_loop_end`.
    pub(super) fn emit_anext(&mut self) -> usize {
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext);
        self.load_const(Value::None);
        self.emit(Op::YieldFrom);
        self.emit(Op::PopBlock);
        setup
    }

    /// The handler of `emit_anext`: `[aiter, exc] -> []` when exc is a StopAsyncIteration (the
    /// loop is over), re-raising anything else.
    pub(super) fn emit_async_loop_end(&mut self, setup: usize) {
        self.patch_here(setup);
        let stop = self.name_index("StopAsyncIteration");
        self.emit(Op::LoadGlobal(stop));
        self.emit(Op::CheckExcMatch);
        let jstop = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch_here(jstop);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
    }

    /// `async for target in iter: body else: orelse`.
    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult<()> {
        self.expr(iter)?;
        self.set_line(span);
        self.emit_get_aiter();
        let top = self.here();
        let setup = self.emit_anext();
        let breaks = self.for_body(target, body, top)?;
        self.emit_async_loop_end(setup);
        self.loop_else(orelse, breaks)
    }

    /// The body of a `for` or `async for` after the next item is on the stack: binds the target,
    /// runs the body as a loop (for `break`/`continue`) and jumps back to `top`. Returns the
    /// jumps of its `break`s.
    fn for_body(&mut self, target: &'a Expr, body: &'a [Stmt], top: u32) -> CResult<Vec<usize>> {
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::Loop {
            for_loop: true,
            continue_target: top,
            breaks: Vec::new(),
        });
        self.stmts(body)?;
        self.emit(Op::Jump(top));
        Ok(self.pop_loop())
    }

    /// A loop's `else` clause, then the target of its `break`s.
    fn loop_else(&mut self, orelse: &'a [Stmt], breaks: Vec<usize>) -> CResult<()> {
        self.stmts(orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn import(&mut self, alias: &'a Alias) -> CResult<()> {
        self.load_const(Value::None);
        self.load_const(Value::Int(0));
        let n = self.name_index(&alias.name);
        self.emit(Op::ImportName(n));
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d` binds the submodule, reached attribute by attribute
                // from the top-level package (as CPython's IMPORT_FROM chain does).
                for part in alias.name.split('.').skip(1) {
                    let i = self.name_index(part);
                    self.emit(Op::ImportFrom(i));
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                }
                self.name_op(asname, NameAction::Store);
            }
            None => {
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.name_op(top, NameAction::Store);
            }
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult<()> {
        let fromlist = names.iter().map(|a| Value::str(&a.name)).collect();
        self.load_const(Value::tuple(fromlist));
        self.load_const(Value::Int(level as i64));
        let n = self.name_index(module.unwrap_or(""));
        self.emit(Op::ImportName(n));
        if names.iter().any(|a| a.name == "*") {
            self.emit(Op::ImportStar);
            return Ok(());
        }
        for a in names {
            let attr = self.name_index(&a.name);
            self.emit(Op::ImportFrom(attr));
            let bound = a.asname.as_deref().unwrap_or(&a.name);
            self.name_op(bound, NameAction::Store);
        }
        self.emit(Op::Pop);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        let opnum = op as u32;
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, NameAction::Load);
                self.expr(value)?;
                self.emit(Op::InplaceBinary(opnum));
                self.name_op(n, NameAction::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name_index(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::InplaceBinary(opnum));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::DupTwo);
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::InplaceBinary(opnum));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameAction::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(s) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return err("multiple starred expressions in assignment", t.span);
                        }
                        let after = items.len() - s - 1;
                        self.emit(Op::UnpackEx(s as u32 | ((after as u32) << 8)));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return err(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                )
            }
            _ => return err(assign_error(t), t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameAction::Delete),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return err("cannot delete expression", t.span),
        }
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> CResult<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        let qualname = self.qualname_for(&f.name);
        self.make_function(
            f as *const FunctionDef as usize,
            &f.name,
            qualname,
            &f.args,
            FunctionBody::Stmts(&f.body),
            span,
            f.is_async,
        )?;
        self.function_annotations(f)?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(&f.name, NameAction::Store);
        Ok(())
    }

    /// `[function] -> [function]`, setting `__annotations__` when the def has any.
    fn function_annotations(&mut self, f: &'a FunctionDef) -> CResult<()> {
        let args: Vec<&'a Arg> = super::symtable::all_args(&f.args)
            .filter(|a| a.annotation.is_some())
            .collect();
        if args.is_empty() && f.returns.is_none() {
            return Ok(());
        }
        self.emit(Op::Dup);
        let mut n = 0;
        for a in args {
            if let Some(ann) = &a.annotation {
                self.load_const(Value::str(&a.name));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = &f.returns {
            self.load_const(Value::str("return"));
            self.annotation(r)?;
            n += 1;
        }
        self.emit(Op::BuildMap(n));
        self.emit(Op::Rot2);
        let i = self.name_index("__annotations__");
        self.emit(Op::StoreAttr(i));
        Ok(())
    }

    /// Emits code that leaves a new function object on the stack.
    #[allow(clippy::too_many_arguments)] // Each is a distinct piece of a def or lambda.
    pub(super) fn make_function(
        &mut self,
        node: usize,
        name: &str,
        qualname: String,
        args: &'a Arguments,
        body: FunctionBody<'a>,
        span: Span,
        is_async: bool,
    ) -> CResult<()> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (a, d) in &kwdefaults {
                self.load_const(Value::str(&a.name));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        let scope = self.table.by_node.get(&node).copied().unwrap_or(0);
        let is_generator = self.table.scopes[scope].is_generator;
        self.push_unit(scope, name, qualname.clone(), span.line);
        match body {
            FunctionBody::Stmts(stmts) => {
                // A leading string constant is the docstring.
                if let Some(Stmt {
                    kind:
                        StmtKind::Expr(Expr {
                            kind: ExprKind::Constant(Constant::Str(doc)),
                            ..
                        }),
                    ..
                }) = stmts.first()
                {
                    self.add_const(Value::str(doc));
                } else {
                    self.add_const(Value::None);
                }
                self.stmts(stmts)?;
                self.load_const(Value::None);
                self.emit(Op::Return);
            }
            FunctionBody::Expr(e) => {
                self.add_const(Value::None);
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        let mut code_flags = 0;
        if args.vararg.is_some() {
            code_flags |= Code::VARARGS;
        }
        if args.kwarg.is_some() {
            code_flags |= Code::VARKEYWORDS;
        }
        if is_generator {
            code_flags |= Code::GENERATOR;
        }
        if is_async {
            code_flags |= Code::COROUTINE;
        }
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        let code = self.finish_unit(
            argcount,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
            code_flags,
        );
        self.emit_closure(&code, flags, qualname)
    }

    /// `[defaults?, kwdefaults?] -> [function]` for a finished code object.
    pub(super) fn emit_closure(
        &mut self,
        code: &std::rc::Rc<Code>,
        mut flags: u32,
        qualname: String,
    ) -> CResult<()> {
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let i = self.cell_index(fv);
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 4;
        }
        let kc = self.add_const(Value::Code(code.clone()));
        self.emit(Op::LoadConst(kc));
        self.load_const(Value::str(&qualname));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        let build = self.name_index("__build_class__");
        self.emit(Op::LoadGlobal(build));
        let qualname = self.qualname_for(&c.name);
        let scope = self
            .table
            .by_node
            .get(&(c as *const ClassDef as usize))
            .copied()
            .unwrap_or(0);
        self.push_unit(scope, &c.name, qualname.clone(), span.line);
        let module = self.name_index("__name__");
        self.emit(Op::LoadName(module));
        let store_module = self.name_index("__module__");
        self.emit(Op::StoreName(store_module));
        self.load_const(Value::str(&qualname));
        let store_qn = self.name_index("__qualname__");
        self.emit(Op::StoreName(store_qn));
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(doc)),
                    ..
                }),
            ..
        }) = c.body.first()
        {
            self.load_const(Value::str(doc));
            let d = self.name_index("__doc__");
            self.emit(Op::StoreName(d));
        }
        self.setup_annotations(&c.body);
        self.stmts(&c.body)?;
        // Return the __class__ cell if methods use it, else None.
        if self.unit().cellvars.iter().any(|v| v == "__class__") {
            let i = self.cell_index("__class__");
            self.emit(Op::LoadClosure(i));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let code = self.finish_unit(0, 0, 0, Code::CLASS_BODY);
        self.emit_closure(&code, 0, qualname)?;
        self.load_const(Value::str(&c.name));
        let starred = c
            .bases
            .iter()
            .any(|b| matches!(b.kind, ExprKind::Starred(_)))
            || c.keywords.iter().any(|k| k.name.is_none());
        if starred {
            // `class C(*bases, **kw)`: the arguments as a list and a dict, as a call with
            // unpacking passes them.
            self.emit(Op::BuildList(2));
            self.extend_list(&c.bases)?;
            self.emit(Op::ListToTuple);
            if c.keywords.is_empty() {
                self.emit(Op::CallEx(0));
            } else {
                self.keyword_map(&c.keywords)?;
                self.emit(Op::CallEx(1));
            }
            for _ in &c.decorators {
                self.emit(Op::Call(1));
            }
            self.name_op(&c.name, NameAction::Store);
            return Ok(());
        }
        let mut nargs = 2;
        for b in &c.bases {
            self.expr(b)?;
            nargs += 1;
        }
        if c.keywords.is_empty() {
            self.emit(Op::Call(nargs));
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                match &k.name {
                    Some(n) => names.push(Value::str(n)),
                    None => return err("class keyword unpacking is not supported", k.span),
                }
                self.expr(&k.value)?;
            }
            let n = names.len() as u32;
            self.load_const(Value::tuple(names));
            self.emit(Op::CallKw(nargs + n));
        }
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(&c.name, NameAction::Store);
        Ok(())
    }
}

pub(super) enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

fn assign_error(t: &Expr) -> String {
    let what = match &t.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) | ExprKind::Constant(Constant::Bool(_)) => {
            return format!(
                "cannot assign to {}",
                match &t.kind {
                    ExprKind::Constant(Constant::None) => "None",
                    ExprKind::Constant(Constant::Bool(true)) => "True",
                    _ => "False",
                }
            )
        }
        ExprKind::Constant(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::BoolOp { .. } => "expression",
        _ => "expression",
    };
    format!("cannot assign to {what}")
}
